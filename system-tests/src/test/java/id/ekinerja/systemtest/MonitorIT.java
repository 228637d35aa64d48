package id.ekinerja.systemtest;

import id.ekinerja.application.monitor.MonitorService;
import id.ekinerja.application.monitor.PayrollReport;
import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import id.ekinerja.application.monitor.MonitorService.PersonLine;
import id.ekinerja.application.monitor.MonitorService.Stage;
import id.ekinerja.application.monitor.MonitorService.UnitLine;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Monitor tahapan: the unit numbers add up, each number drills down to exactly its people, export matches. */
@ExtendWith(ArquillianExtension.class)
class MonitorIT {
    private static final Actor RATNA = new Actor("198511172009042001");   // admin instansi kpu-dki
    private static final Actor I_MADE = new Actor("198703142011011005");  // pegawai kpu-dki
    private static final Actor EKA = new Actor("198401282009032002");     // admin bawaslu-lebong
    private static final Actor SITI = new Actor("197808232003122001");   // unit head, Ratna's PPK
    private static final String HENDRA = "197104121998031002";           // top leader, approved demo SKP

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(MonitorIT.class, TenantProbe.class);
    }

    @EJB
    MonitorService monitor;

    @EJB
    PayrollReport payroll;

    @EJB
    PenilaianService penilaian;

    @EJB
    EvaluationWindows windows;

    @EJB
    AgencySettings agencySettings;

    @EJB
    TenantProbe probe;

    /**
     * Siti rates Ratna (her staff) in the open quarter; the payroll report lists every active pegawai, Ratna with
     * the predikat and the tunjangan share of kpu-dki's table, the unrated as such; the XLSX holds the same rows.
     */
    @Test
    void payrollReportListsEveryoneWithPredikatAndTunjangan() throws IOException {
        long window = TenantContext.call("kpu-dki", () -> windows.currentPeriodic(2026)).orElseThrow().getId();
        long ratnaId = probe.idOf("kpu-dki", RATNA.username());
        TenantContext.run("kpu-dki", () -> penilaian.rate(SITI, window, ratnaId, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
                "Sesuai target", "Sesuai"));
        List<PayrollReport.Line> lines = TenantContext.call("kpu-dki", () -> payroll.lines(RATNA, window));
        assertEquals(monitor.total(TenantContext.call("kpu-dki", () -> monitor.units(RATNA, 2026))).pegawai(), lines.size(),
                "every active pegawai is on the payroll report, rated or not");
        PayrollReport.Line ratna = lines.stream().filter(l -> l.nip().equals(RATNA.username())).findFirst().orElseThrow();
        assertEquals(Predikat.BAIK, ratna.predikat());
        int share = TenantContext.call("kpu-dki", () -> agencySettings.settings()).tunjanganShare(Predikat.BAIK);
        assertEquals(share, ratna.tunjanganPercent());

        byte[] xlsx = TenantContext.call("kpu-dki", () -> payroll.xlsx(RATNA, window));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(lines.size() + 2, sheet.getLastRowNum(), "title, blank, header, then one row per pegawai");
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                PayrollReport.Line l = lines.get(r - 3);
                assertEquals(l.nip(), sheet.getRow(r).getCell(1).getStringCellValue());
                assertEquals(l.predikat() == null ? "" : l.predikat().label(), sheet.getRow(r).getCell(6).getStringCellValue());
                if (l.nip().equals(RATNA.username())) {
                    assertEquals(share, (int) sheet.getRow(r).getCell(9).getNumericCellValue());
                    assertEquals("belum final", sheet.getRow(r).getCell(7).getStringCellValue());
                }
                if (l.predikat() == null) {
                    assertEquals("belum dinilai", sheet.getRow(r).getCell(7).getStringCellValue());
                }
            }
        }
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> payroll.lines(I_MADE, window)));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> payroll.lines(EKA, window)));
    }

    @Test
    void unitNumbersAddUpAndDrillDownToTheirPeople() {
        List<UnitLine> units = TenantContext.call("kpu-dki", () -> monitor.units(RATNA, 2026));
        assertTrue(units.size() >= 3, units.toString());
        for (UnitLine u : units) {
            assertEquals(u.pegawai(), u.none() + u.draft() + u.submitted() + u.returned() + u.approved(), u.toString());
            Long unit = u.unitId() == null ? 0L : u.unitId();
            assertEquals(u.pegawai(), people(unit, null).size());
            assertEquals(u.none(), people(unit, Stage.NONE).size(), u.unitName());
            assertEquals(u.approved(), people(unit, Stage.DISETUJUI).size(), u.unitName());
            assertEquals(u.blocked(), people(unit, Stage.BLOCKED).size(), u.unitName());
            assertEquals(u.late(), people(unit, Stage.LATE).size(), u.unitName());
        }
        UnitLine total = monitor.total(units);
        assertEquals(total.pegawai(), people(null, null).size());
        PersonLine hendra = people(null, Stage.DISETUJUI).stream().filter(p -> p.nip().equals(HENDRA)).findFirst().orElseThrow();
        assertTrue(!hendra.blocked() && !hendra.late(), "the top leader with an approved SKP is neither blocked nor late");
        assertTrue(people(null, Stage.DISETUJUI).stream().noneMatch(PersonLine::blocked));
    }

    @Test
    void exportHasEveryUnitAndEveryPerson() throws IOException {
        List<UnitLine> units = TenantContext.call("kpu-dki", () -> monitor.units(RATNA, 2026));
        byte[] xlsx = TenantContext.call("kpu-dki", () -> monitor.exportXlsx(RATNA, 2026));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet perUnit = wb.getSheet("Per unit");
            assertEquals(units.size(), perUnit.getLastRowNum());
            for (int i = 0; i < units.size(); i++) {
                UnitLine u = units.get(i);
                assertEquals(u.pegawai(), (long) perUnit.getRow(i + 1).getCell(1).getNumericCellValue());
                assertEquals(u.approved(), (long) perUnit.getRow(i + 1).getCell(6).getNumericCellValue());
            }
            Sheet perPerson = wb.getSheet("Per pegawai");
            assertEquals(monitor.total(units).pegawai(), perPerson.getLastRowNum());
            boolean hendraApproved = false;
            for (int r = 1; r <= perPerson.getLastRowNum(); r++) {
                if (perPerson.getRow(r).getCell(0).getStringCellValue().equals(HENDRA)) {
                    hendraApproved = perPerson.getRow(r).getCell(5).getStringCellValue().equals("DISETUJUI");
                }
            }
            assertTrue(hendraApproved);
        }
    }

    @Test
    void onlyTheAgencysAdminsSeeTheMonitor() {
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> monitor.units(I_MADE, 2026)));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> monitor.units(EKA, 2026)));
        assertThrows(AccessDeniedException.class,
                () -> TenantContext.run("kpu-dki", () -> monitor.people(I_MADE, 2026, null, null, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> monitor.exportXlsx(EKA, 2026)));
    }

    private List<PersonLine> people(Long unit, Stage stage) {
        return TenantContext.call("kpu-dki", () -> monitor.people(RATNA, 2026, unit, stage, 0, 1000));
    }
}
