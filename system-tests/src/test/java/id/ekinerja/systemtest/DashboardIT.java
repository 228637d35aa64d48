package id.ekinerja.systemtest;

import id.ekinerja.application.monitor.DistributionDashboard;
import id.ekinerja.application.monitor.DistributionDashboard.Fit;
import id.ekinerja.application.monitor.DistributionDashboard.Overview;
import id.ekinerja.application.monitor.DistributionDashboard.UnitLine;
import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.domain.model.penilaian.Evaluation;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.DistributionCurve;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import id.ekinerja.tenantconfig.RoundingRule;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static id.ekinerja.tenantconfig.Rating.DI_ATAS_EKSPEKTASI;
import static id.ekinerja.tenantconfig.Rating.DI_BAWAH_EKSPEKTASI;
import static id.ekinerja.tenantconfig.Rating.SESUAI_EKSPEKTASI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's predikat distribution dashboard against the real server and database, in kpu-dki. Fresh units are
 * rated through the real penilaian service; the dashboard's counts come from one grouped query and must equal the
 * predikat the service gave; the bounds and the verdict must equal the tenant's own curve and rounding rule.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
    private static final String TENANT = "kpu-dki";
    private static final Actor RATNA = new Actor("198511172009042001");  // admin instansi kpu-dki
    private static final Actor EKA = new Actor("198401282009032002");    // admin bawaslu-lebong

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(DashboardIT.class, PenilaianProbe.class, PenilaianProbe.Team.class, TestNips.class);
    }

    @EJB
    DistributionDashboard dashboard;

    @EJB
    PenilaianService penilaian;

    @EJB
    PenilaianProbe probe;

    @EJB
    AgencySettings agencySettings;

    @EJB
    EvaluationWindows windows;

    @Test
    void countsPerPredikatAndFitFollowTheTenantsCurveForUnitsOfFiveAndTwo() throws Exception {
        long w = probe.openWindow(TENANT, RATNA, false);
        PenilaianProbe.Team five = probe.team(TENANT, 4);
        PenilaianProbe.Team two = probe.team(TENANT, 1);

        UnitLine before = unit(in(() -> dashboard.overview(RATNA, w)), five.unitId());
        assertEquals(5, before.size());
        assertEquals(5, before.unrated());
        assertEquals(Fit.NO_PREDIKAT, before.fit(), "no organisation predikat, no curve");

        // unit of five: Baik; 3 staff Baik, 1 Sangat Baik; the head follows the unit
        in(() -> penilaian.setUnitPredikat(five.leader(), w, five.unitId(), OrganisationPredikat.BAIK, null));
        EnumMap<Predikat, Integer> expected = new EnumMap<>(Predikat.class);
        rate(five.head(), w, five.staffIds().get(0), DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, expected);
        for (int i = 1; i < 4; i++) {
            rate(five.head(), w, five.staffIds().get(i), SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, expected);
        }
        UnitLine partial = unit(in(() -> dashboard.overview(RATNA, w)), five.unitId());
        assertEquals(1, partial.unrated());
        assertEquals(expected.getOrDefault(Predikat.BAIK, 0), partial.count(Predikat.BAIK));
        rate(five.leader(), w, five.headId(), null, SESUAI_EKSPEKTASI, expected);
        assertMatchesCurve(w, five.unitId(), expected, OrganisationPredikat.BAIK);

        // one staff re-rated below expectations: the distribution changes and so may the verdict
        expected.merge(given.get(five.staffIds().get(1)), -1, Integer::sum);
        rate(five.head(), w, five.staffIds().get(1), DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, expected);
        assertMatchesCurve(w, five.unitId(), expected, OrganisationPredikat.BAIK);

        // unit of two, Baik, both Baik: the "at least one below" minimum applies from two people on
        in(() -> penilaian.setUnitPredikat(two.leader(), w, two.unitId(), OrganisationPredikat.BAIK, null));
        EnumMap<Predikat, Integer> expectedTwo = new EnumMap<>(Predikat.class);
        rate(two.head(), w, two.staffIds().get(0), SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, expectedTwo);
        rate(two.leader(), w, two.headId(), null, SESUAI_EKSPEKTASI, expectedTwo);
        UnitLine small = assertMatchesCurve(w, two.unitId(), expectedTwo, OrganisationPredikat.BAIK);
        assertEquals(Fit.VIOLATES, small.fit(), "two Baik in a Baik unit of two: nobody below expectations");

        // the agency's total is the sum of the units; the drill-down lists exactly the unit's people
        Overview all = in(() -> dashboard.overview(RATNA, w));
        for (Predikat p : Predikat.values()) {
            assertEquals(all.units().stream().mapToInt(u -> u.count(p)).sum(), all.total().count(p));
        }
        assertEquals(all.units().stream().mapToInt(UnitLine::size).sum(), all.total().size());
        assertEquals(5, in(() -> dashboard.people(RATNA, w, five.unitId(), null, 0, 100)).size());
        for (Predikat p : Predikat.values()) {
            List<DistributionDashboard.PersonLine> people = in(() -> dashboard.people(RATNA, w, five.unitId(), p.name(), 0, 100));
            assertEquals(expected.getOrDefault(p, 0), people.size(), p.name());
            assertTrue(people.stream().allMatch(l -> l.predikat() == p));
        }
        assertEquals(0, in(() -> dashboard.people(RATNA, w, five.unitId(), "NONE", 0, 100)).size());

        byte[] xlsx = in(() -> dashboard.exportXlsx(RATNA, w));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(all.units().size(), wb.getSheetAt(0).getLastRowNum(), "one row per unit under the header");
        }
    }

    @Test
    void onlyAdminsOfTheAgencySeeItAndOtherAgenciesUnitsNeverAppear() {
        long w = probe.openWindow(TENANT, RATNA, false);
        PenilaianProbe.Team t = probe.team(TENANT, 1);
        assertEquals("access.roleRequired", assertThrows(AccessDeniedException.class,
                () -> in(() -> dashboard.overview(t.head(), w))).messageKey());
        assertThrows(AccessDeniedException.class, () -> in(() -> dashboard.people(t.staff(0), w, t.unitId(), null, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> in(() -> dashboard.exportXlsx(t.head(), w)));
        // bawaslu-lebong's admin is nobody in kpu-dki
        assertThrows(AccessDeniedException.class, () -> in(() -> dashboard.overview(EKA, w)));
        // in bawaslu-lebong's own dashboard, kpu-dki's unit does not exist
        long bw = TenantContext.call("bawaslu-lebong", () -> windows.currentPeriodic(2026)).orElseThrow().getId();
        Overview other = TenantContext.call("bawaslu-lebong", () -> dashboard.overview(EKA, bw));
        assertTrue(other.units().stream().noneMatch(u -> t.unitCode().equals(u.unitCode())), other.units().toString());
        assertTrue(TenantContext.call("bawaslu-lebong", () -> dashboard.people(EKA, bw, t.unitId(), null, 0, 100)).isEmpty(),
                "kpu-dki's unit id finds nobody in bawaslu-lebong");
    }

    private UnitLine assertMatchesCurve(long w, long unitId, Map<Predikat, Integer> expected, OrganisationPredikat org) {
        UnitLine line = unit(in(() -> dashboard.overview(RATNA, w)), unitId);
        for (Predikat p : Predikat.values()) {
            assertEquals(expected.getOrDefault(p, 0), line.count(p), p.name());
        }
        assertEquals(0, line.unrated());
        DistributionCurve curve = in(() -> agencySettings.rules()).distributionCurve();
        RoundingRule rounding = in(() -> agencySettings.settings()).distributionRounding();
        DistributionCurve.Result result = curve.check(org, expected, rounding);
        assertEquals(result.isSatisfied() ? Fit.FITS : Fit.VIOLATES, line.fit(), result.explanation());
        assertEquals(result.bounds().size(), line.rules().size());
        for (int i = 0; i < result.bounds().size(); i++) {
            assertEquals(result.bounds().get(i).min(), line.rules().get(i).min());
            assertEquals(result.bounds().get(i).max(), line.rules().get(i).max());
        }
        return line;
    }

    private void rate(Actor by, long w, long pegawai, Rating hasil, Rating perilaku, Map<Predikat, Integer> expected) {
        Evaluation e = in(() -> penilaian.rate(by, w, pegawai, hasil, perilaku, null, null));
        expected.merge(e.getPredikat(), 1, Integer::sum);
        given.put(pegawai, e.getPredikat());
    }

    /** The predikat the service gave each pegawai last. */
    private final Map<Long, Predikat> given = new HashMap<>();

    private static UnitLine unit(Overview o, long unitId) {
        return o.units().stream().filter(u -> u.unitId() != null && u.unitId() == unitId).findFirst().orElseThrow();
    }

    private static <T> T in(Supplier<T> call) {
        return TenantContext.call(TENANT, call::get);
    }
}
