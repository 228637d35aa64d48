package id.ekinerja.application.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.organisation.PegawaiImportValidator.Existing;
import id.ekinerja.application.organisation.PegawaiImportValidator.Result;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.TenantRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Import files as admins make them, good and bad: what is read and what every bad row is told. */
class PegawaiImportValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String HEADER = String.join(",", PegawaiRow.COLUMNS);
    private static final String BOSS = "197501012000031001";
    private static final String STAFF = "198501012010011002";
    private static final String PPPK = "199001012021211003";
    private static final Set<String> UNITS = Set.of("SEKR", "TEKNIS");

    private static Result validate(String csv) {
        return validate(csv, Map.of(), Map.of());
    }

    private static Result validate(String csv, Map<String, Existing> existing, Map<String, String> emails) {
        List<PegawaiRow> rows = PegawaiFileReader.read(csv.getBytes(StandardCharsets.UTF_8));
        return PegawaiImportValidator.validate(rows, UNITS, existing, emails, TODAY);
    }

    private static List<String> keys(Result r) {
        return r.problems().stream().map(p -> p.line() + ":" + p.key()).toList();
    }

    private static final String GOOD = HEADER + "\n"
            + BOSS + ",Drs. Kepala,PNS,Pembina (IV/a),Sekretaris,JPT,,SEKR,,kepala@example.go.id,ADMIN_INSTANSI\n"
            + STAFF + ",Staf Satu,pns,Penata (III/c),Analis SDM,Fungsional,Ahli Muda,TEKNIS," + BOSS
            + ",staf@example.go.id,\n"
            + PPPK + ",Staf PPPK,PPPK,IX,Pranata Komputer,fungsional,Ahli Pertama,TEKNIS," + STAFF
            + ",,pengelola_kinerja; admin instansi\n";

    @Test
    void aGoodCsvGivesOneDraftPerRowWithTypedValues() {
        Result r = validate(GOOD);
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(3, r.drafts().size());
        PegawaiDraft pppk = r.drafts().get(2);
        assertEquals(PPPK, pppk.nip());
        assertEquals(EmployeeType.PPPK, pppk.type());
        assertEquals(JabatanKind.FUNGSIONAL, pppk.jabatanKind());
        assertEquals(STAFF, pppk.ppkNip());
        assertEquals(Set.of(TenantRole.PENGELOLA_KINERJA, TenantRole.ADMIN_INSTANSI), pppk.roles());
        assertEquals(4, pppk.line());
    }

    @Test
    void semicolonSeparatedCsvFromAnIndonesianExcelIsRead() {
        Result r = validate(GOOD.replace(',', ';').replace("pengelola_kinerja; admin instansi", "PENGELOLA_KINERJA"));
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(3, r.drafts().size());
    }

    @Test
    void anXlsxWithTheTemplatesColumnsIsRead() throws IOException {
        byte[] xlsx = xlsx(List.of(PegawaiRow.COLUMNS,
                List.of(BOSS, "Drs. Kepala", "PNS", "", "Sekretaris", "JPT", "", "SEKR", "", "", ""),
                List.of(STAFF, "Staf Satu", "PNS", "", "Analis", "Pelaksana", "", "TEKNIS", BOSS, "s@x.go.id", "")));
        List<PegawaiRow> rows = PegawaiFileReader.read(xlsx);
        assertEquals(2, rows.size());
        assertEquals(BOSS, rows.get(1).nipAtasan());
        assertTrue(PegawaiImportValidator.validate(rows, UNITS, Map.of(), Map.of(), TODAY).valid());
    }

    @Test
    void theDownloadableTemplatesHaveTheRightHeaderAndNoRows() {
        assertEquals("org.import.error.noRows",
                assertThrows(ImportFileException.class, () -> PegawaiFileReader.read(PegawaiTemplate.csv())).problem().key());
        assertEquals("org.import.error.noRows",
                assertThrows(ImportFileException.class, () -> PegawaiFileReader.read(PegawaiTemplate.xlsx())).problem().key());
    }

    @Test
    void wrongHeaderNamesTheColumn() {
        ImportFileException e = assertThrows(ImportFileException.class, () -> PegawaiFileReader.read(
                "NIP,Nama,Jenis,Pangkat,Jabatan,Jenis Jabatan,Jenjang,Kode Unit,NIP Atasan,E-mail,Peran\n1,2\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("org.import.error.header", e.problem().key());
        assertEquals(List.of("4", "Pangkat/Golongan", "Pangkat"), e.problem().args());
    }

    @Test
    void emptyHeaderOnlyBinaryOldExcelAndOversizeFilesAreRefused() {
        assertEquals("org.import.error.emptyFile", fileError(new byte[0]));
        assertEquals("org.import.error.emptyFile", fileError("\n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("org.import.error.noRows", fileError((HEADER + "\n,,,\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals("org.import.error.notSpreadsheet", fileError(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF}));
        assertEquals("org.import.error.notSpreadsheet", fileError(new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9, 9}));
        assertEquals("org.import.error.oldExcel", fileError(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}));
        assertEquals("org.import.error.tooLarge", fileError(new byte[PegawaiFileReader.MAX_BYTES + 1]));
    }

    @Test
    void everyBadRowIsListedWithItsReason() {
        String csv = HEADER + "\n"
                + BOSS + ",Drs. Kepala,PNS,,Sekretaris,JPT,,SEKR,,kepala@example.go.id,\n"
                + "19850101201001100,Pendek,PNS,,Analis,Pelaksana,,SEKR,,,\n"           // 3: 17 digits
                + "198513012010011002,Bulan13,PNS,,Analis,Pelaksana,,SEKR,,,\n"          // 4: birth month 13
                + BOSS + ",Kembar,PNS,,Analis,Pelaksana,,SEKR,,,\n"                      // 5: duplicate NIP
                + "198501012010011004,Unit,PNS,,Analis,Pelaksana,,GUDANG,,,\n"           // 6: unknown unit
                + "198501012010011005,Atasan,PNS,,Analis,Pelaksana,,SEKR,199901012020011009,,\n" // 7: unknown PPK
                + "198501012010011006,Mail,PNS,,Analis,Pelaksana,,SEKR,,bukan-email,\n"  // 8: bad e-mail
                + "198501012010011007,Mail2,PNS,,Analis,Pelaksana,,SEKR,,KEPALA@example.go.id,\n" // 9: e-mail twice
                + "198501012010011008,,CPNS,,Analis,Manajer,,SEKR,,,RAJA\n"               // 10: name, type, kind, role
                + "1.98501012010011E+17,Excel,PNS,,Analis,Fungsional,,SEKR,,,\n"         // 11: number NIP, jenjang
                + "199001012021211003,PPPK sbg PNS,PNS,,Analis,Pelaksana,,SEKR,,,\n";    // 12: PPPK NI as PNS
        Result r = validate(csv);
        assertTrue(r.drafts().isEmpty(), "nothing is imported from a file with errors");
        assertEquals(List.of("3:org.import.error.nip", "4:org.import.error.nip", "5:org.import.error.duplicateNip",
                "6:org.import.error.unknownUnit", "7:org.import.error.unknownPpk", "8:org.import.error.email",
                "9:org.import.error.duplicateEmail", "10:org.import.error.required", "10:org.import.error.jenis",
                "10:org.import.error.jenisJabatan", "10:org.import.error.peran", "11:org.import.error.nipNumber",
                "11:org.import.error.jenjangRequired", "12:org.import.error.nip"), keys(r));
        assertEquals(List.of("19850101201001100", "org.nip.length"), r.problems().get(0).args());
        assertEquals(List.of("org.nip.birthDate.invalid"), r.problems().get(1).args().subList(1, 2));
        assertEquals(List.of(BOSS, "2"), r.problems().get(2).args());
    }

    @Test
    void ppkCyclesInTheFileAndThroughExistingPegawaiAreFound() {
        String a = "198501012010011011";
        String b = "198501012010011012";
        String c = "198501012010011013";
        String csv = HEADER + "\n"
                + a + ",A,PNS,,X,Pelaksana,,SEKR," + b + ",,\n"
                + b + ",B,PNS,,X,Pelaksana,,SEKR," + c + ",,\n"
                + c + ",C,PNS,,X,Pelaksana,,SEKR," + a + ",,\n";
        Result r = validate(csv);
        assertEquals(List.of("2:org.import.error.ppkCycle", "3:org.import.error.ppkCycle", "4:org.import.error.ppkCycle"),
                keys(r));
        // existing: BOSS reports to STAFF; the file makes STAFF report to BOSS
        String file = HEADER + "\n" + STAFF + ",Staf,PNS,,X,Pelaksana,,SEKR," + BOSS + ",,\n";
        Result viaExisting = validate(file, Map.of(BOSS, new Existing(BOSS, EmployeeType.PNS, STAFF, null)), Map.of());
        assertEquals(List.of("2:org.import.error.ppkCycle"), keys(viaExisting));
        // an existing PPK outside the file is fine
        Result fine = validate(file, Map.of(BOSS, new Existing(BOSS, EmployeeType.PNS, null, null)), Map.of());
        assertTrue(fine.valid(), () -> fine.problems().toString());
    }

    @Test
    void anEmailOfAnotherAccountIsRefusedButTheSameAccountKeepsIt() {
        Map<String, String> accounts = Map.of("kepala@example.go.id", "196001011985031001",
                "staf@example.go.id", STAFF);
        Result r = validate(GOOD, Map.of(), accounts);
        assertEquals(List.of("2:org.import.error.emailTaken"), keys(r));
        assertEquals(List.of("kepala@example.go.id", "196001011985031001"), r.problems().get(0).args());
    }

    @Test
    void aPegawaiCannotChangeFromPnsToPppk() {
        Result r = validate(GOOD, Map.of(BOSS, new Existing(BOSS, EmployeeType.PPPK, null, null)), Map.of());
        assertEquals(List.of("2:org.import.error.typeChanged"), keys(r));
    }

    @Test
    void problemsSurviveStorageAsText() {
        ImportProblem p = ImportProblem.of(7, "org.import.error.unknownPpk", "1\t2");
        assertEquals(new ImportProblem(7, "org.import.error.unknownPpk", List.of("1 2")), ImportProblem.decode(p.encode()));
    }

    private static String fileError(byte[] content) {
        return assertThrows(ImportFileException.class, () -> PegawaiFileReader.read(content)).problem().key();
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Pegawai");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    if (!rows.get(i).get(j).isEmpty()) {
                        row.createCell(j).setCellValue(rows.get(i).get(j));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
