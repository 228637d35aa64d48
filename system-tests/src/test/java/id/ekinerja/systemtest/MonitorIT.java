package id.ekinerja.systemtest;

import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.monitor.MonitorService;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpContent.IkiInput;
import id.ekinerja.application.skp.SkpContent.RhkInput;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        return Deployments.ekinerja(MonitorIT.class, TenantProbe.class, TestNips.class);
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

    @EJB
    PlatformService platform;

    @EJB
    SkpService skp;

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

    /**
     * A unit of five in an agency of its own (nobody else's data moves its numbers): every step of the SKP — draft,
     * submit, the admin's approval of the top leader, return, approval, revision — moves exactly the unit's count it
     * should, and every number still drills down to as many people. Blocked follows the PPK's approved SKP (any
     * revision: a head revising an approved SKP does not block the staff again), late the first closed window.
     */
    @Test
    void countsFollowEveryStepOfTheSkp() throws SQLException {
        String code = "mon-" + UUID.randomUUID().toString().substring(0, 8);
        String adminNip = TestNips.randomNip();
        platform.createTenant(new NewTenant(code, "Instansi " + code, adminNip, "Admin Monitor", code + "@uji.ekinerja.id"),
                "tester");
        Actor admin = new Actor(adminNip);
        TenantContext.run(code, () -> {
            if (skp.currentYear().filter(y -> y == 2026).isEmpty()) {
                skp.openPeriod(admin, 2026);
            }
        });
        List<String> nips = new ArrayList<>();
        while (nips.size() < 5) {
            String nip = TestNips.randomNip();
            if (!nip.equals(adminNip) && !nips.contains(nip)) {
                nips.add(nip);
            }
        }
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement st = c.createStatement()) {
            st.execute("SET search_path TO tenant_" + code.replace('-', '_'));
            st.execute("insert into unit_kerja (code, name, version) values ('mon', 'Unit Monitor', 0)");
            for (int i = 0; i < nips.size(); i++) {
                st.execute("insert into pegawai (nip, name, employee_type, jabatan, unit_id, active, version) values ('"
                        + nips.get(i) + "', 'Pegawai Monitor " + i + "', 'PNS', 'Analis', (select id from unit_kerja where code = 'mon'), true, 0)");
            }
            st.execute("update pegawai set ppk_id = (select id from pegawai where nip = '" + nips.get(0) + "') where nip in ('"
                    + String.join("', '", nips.subList(1, 5)) + "')");
        }
        Actor head = new Actor(nips.get(0)); // top leader: the admin records the decision on their SKP
        Actor a = new Actor(nips.get(1));
        Actor b = new Actor(nips.get(2));
        Actor c = new Actor(nips.get(3));
        Actor d = new Actor(nips.get(4));
        long late = TenantContext.call(code, () -> monitor.isLate(2026)) ? 1 : 0;

        // pegawai, none, draft, submitted, returned, approved, blocked, late
        assertUnit(code, admin, 5, 5, 0, 0, 0, 0, 4, 5 * late);
        SkpDocument headDraft = TenantContext.call(code, () -> skp.startDraft(head, 2026));
        assertUnit(code, admin, 5, 4, 1, 0, 0, 0, 4, 5 * late);
        SkpDocument headSaved = TenantContext.call(code, () -> skp.saveDraft(head, headDraft.id(), headDraft.version(),
                content("Memimpin unit monitor", null)));
        SkpDocument headSubmitted = TenantContext.call(code, () -> skp.submit(head, headSaved.id(), headSaved.version()));
        assertUnit(code, admin, 5, 4, 0, 1, 0, 0, 4, 5 * late);
        SkpDocument headApproved = TenantContext.call(code, () -> skp.approve(admin, headSubmitted.id(), headSubmitted.version(), Map.of()));
        assertUnit(code, admin, 5, 4, 0, 0, 0, 1, 0, 4 * late);

        TenantContext.call(code, () -> skp.startDraft(a, 2026));
        draftAndSubmit(code, b);
        SkpDocument cSubmitted = draftAndSubmit(code, c);
        SkpDocument dSubmitted = draftAndSubmit(code, d);
        assertUnit(code, admin, 5, 0, 1, 3, 0, 1, 0, 4 * late);
        TenantContext.call(code, () -> skp.returnSkp(head, cSubmitted.id(), cSubmitted.version(), "Lengkapi target"));
        SkpDocument dApproved = TenantContext.call(code, () -> skp.approve(head, dSubmitted.id(), dSubmitted.version(), Map.of()));
        assertUnit(code, admin, 5, 0, 1, 1, 1, 2, 0, 3 * late);
        TenantContext.call(code, () -> skp.revise(d, dApproved.id()));
        assertUnit(code, admin, 5, 0, 2, 1, 1, 1, 0, 4 * late);
        TenantContext.call(code, () -> skp.revise(head, headApproved.id()));
        assertUnit(code, admin, 5, 0, 3, 1, 1, 0, 0, 5 * late);
    }

    private void assertUnit(String code, Actor admin, long... expected) {
        UnitLine u = TenantContext.call(code, () -> monitor.units(admin, 2026)).stream()
                .filter(l -> "mon".equals(l.unitCode())).findFirst().orElseThrow();
        assertEquals(List.of(expected[0], expected[1], expected[2], expected[3], expected[4], expected[5], expected[6], expected[7]),
                List.of(u.pegawai(), u.none(), u.draft(), u.submitted(), u.returned(), u.approved(), u.blocked(), u.late()),
                "pegawai, none, draft, submitted, returned, approved, blocked, late of " + u);
        Stage[] stages = {Stage.NONE, Stage.DRAFT, Stage.DIAJUKAN, Stage.DIKEMBALIKAN, Stage.DISETUJUI, Stage.BLOCKED, Stage.LATE};
        for (int i = 0; i < stages.length; i++) {
            Stage stage = stages[i];
            assertEquals(expected[i + 1], TenantContext.call(code, () -> monitor.people(admin, 2026, u.unitId(), stage, 0, 1000)).size(),
                    stage + " drills down to as many people as the unit table counts");
        }
        MonitorService.Overview overview = TenantContext.call(code, () -> monitor.overview(admin, 2026));
        assertEquals(TenantContext.call(code, () -> monitor.units(admin, 2026)), overview.units(), "the page's overview has the same table");
        assertEquals(monitor.total(overview.units()), overview.total());
    }

    private SkpDocument draftAndSubmit(String code, Actor owner) {
        long option = TenantContext.call(code, () -> skp.interventionOptions(owner, 2026)).get(0).rhkId();
        SkpDocument draft = TenantContext.call(code, () -> skp.startDraft(owner, 2026));
        SkpDocument saved = TenantContext.call(code, () -> skp.saveDraft(owner, draft.id(), draft.version(),
                content("Menyusun laporan " + owner.username(), option)));
        return TenantContext.call(code, () -> skp.submit(owner, saved.id(), saved.version()));
    }

    private static SkpContent content(String rhk, Long intervened) {
        return new SkpContent(Pendekatan.KUANTITATIF, List.of(new RhkInput(JenisRhk.UTAMA, rhk, intervened,
                List.of(new IkiInput("Jumlah laporan", new BigDecimal("12"), "laporan", null, Aspek.KUANTITAS, null)))),
                "Aplikasi", "Laporan bulanan", "Teguran");
    }

    private List<PersonLine> people(Long unit, Stage stage) {
        return TenantContext.call("kpu-dki", () -> monitor.people(RATNA, 2026, unit, stage, 0, 1000));
    }
}
