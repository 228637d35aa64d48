package id.ekinerja.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.ekinerja.application.organisation.PegawaiRow;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a SIASN record becomes an import row, and which records break the payload's schema. */
class SiasnPegawaiTest {
    private static SiasnPegawai read(String json, List<SiasnPegawai.FieldProblem> problems) {
        return SiasnPegawai.read(0, Json.createReader(new java.io.StringReader(json)).readValue(), problems);
    }

    @Test
    void siasnFieldsMapToTheImportColumns() {
        List<SiasnPegawai.FieldProblem> problems = new ArrayList<>();
        SiasnPegawai p = read("""
                {"nipBaru": " 198703142011011005 ", "nama": "I Made", "jenisPegawai": "PNS", "golRuangAkhir": "III/b",
                 "pangkatAkhir": "Penata Muda Tingkat I", "jabatanNama": "Pranata Komputer",
                 "jenisJabatan": "Fungsional  Tertentu", "jenjang": 1, "unorId": "teknis", "atasanNip": "1",
                 "emailGov": "made@kpu.go.id", "unorNama": "ignored", "tmtJabatan": null}""", problems);
        assertEquals(List.of(), problems);
        PegawaiRow row = p.toRow(7);
        assertEquals(7, row.line());
        assertEquals("198703142011011005", row.nip());
        assertEquals("Penata Muda Tingkat I (III/b)", row.pangkatGolongan());
        assertEquals("FUNGSIONAL", row.jenisJabatan());
        assertEquals("1", row.jenjang());
        assertEquals("teknis", row.kodeUnit());
        assertEquals("made@kpu.go.id", row.email(), "emailGov when there is no email");
        assertNull(row.peran(), "roles are not synchronised");
    }

    @Test
    void missingRequiredFieldsAndWrongTypesBreakTheSchema() {
        List<SiasnPegawai.FieldProblem> problems = new ArrayList<>();
        assertNull(read("{\"nipBaru\": 198703142011011005, \"nama\": null, \"jenisPegawai\": \"PNS\","
                + " \"jabatanNama\": \"x\", \"jenisJabatan\": \"PELAKSANA\"}", problems));
        assertEquals(List.of("nipBaru:api.sync.notString", "nama:api.sync.missing", "unorId:api.sync.missing"),
                problems.stream().map(p -> p.field() + ":" + p.key()).toList());
        assertNull(read("[1]", problems));
        assertEquals("api.sync.notObject", problems.get(problems.size() - 1).key());
    }
}
