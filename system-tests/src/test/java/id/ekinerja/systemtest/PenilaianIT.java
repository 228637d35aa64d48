package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.penilaian.Evaluation;
import id.ekinerja.domain.model.penilaian.KeberatanStatus;
import id.ekinerja.domain.model.skp.SkpException;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import id.ekinerja.tenantconfig.RuleSet;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static id.ekinerja.tenantconfig.Rating.DI_ATAS_EKSPEKTASI;
import static id.ekinerja.tenantconfig.Rating.DI_BAWAH_EKSPEKTASI;
import static id.ekinerja.tenantconfig.Rating.SESUAI_EKSPEKTASI;

/**
 * Penilaian against the real server and database, in kemensetneg (quarterly, national rules, strict rounding).
 * Each test builds its own fresh units and people ({@link PenilaianProbe#team}), so tests do not depend on each
 * other; windows are opened by the admin instansi as the page would.
 */
@ExtendWith(ArquillianExtension.class)
class PenilaianIT {
    private static final String TENANT = "kemensetneg";
    private static final Actor ADMIN = new Actor("198009092005012003"); // Maria, admin instansi
    private static final Actor KPU_ADMIN = new Actor("198511172009042001"); // Ratna, kpu-dki

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(PenilaianIT.class, PenilaianProbe.class, PenilaianProbe.Team.class, TestNips.class);
    }

    @EJB
    PenilaianService penilaian;

    @EJB
    PenilaianProbe probe;

    @Test
    void onlyThePpkOfRecordRatesNobodyRatesThemselvesAndOtherTenantsAreRefused() {
        PenilaianProbe.Team t = probe.team(TENANT, 2);
        long w = probe.openWindow(TENANT, ADMIN, false);
        long staff1 = t.staffIds().get(0);
        assertDenied("pen.access.notPpk", () -> penilaian.rate(t.staff(1), w, staff1, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null));
        assertDenied("pen.access.notPpk", () -> penilaian.rate(t.leader(), w, staff1, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null));
        assertDenied("pen.access.notPpk", () -> penilaian.rate(ADMIN, w, staff1, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null));
        assertDenied("pen.access.self", () -> penilaian.rate(t.staff(0), w, staff1, DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, null, null));
        assertDenied("pen.access.self", () -> penilaian.rate(t.head(), w, t.headId(), DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, null, null));
        // nothing was stored by the refusals
        assertTrue(in(() -> penilaian.team(t.head(), w)).stream().allMatch(r -> r.evaluationId() == null));

        Evaluation e = in(() -> penilaian.rate(t.head(), w, staff1, DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, "Target terlampaui", "Baik"));
        assertEquals(Predikat.BAIK, e.getPredikat());
        assertEquals(RuleSet.NATIONAL_VERSION, e.getRuleSetVersion());
        // a closed window refuses, saying when it closed
        long closed = probe.closedPeriodicWindow(TENANT);
        SkpException shut = assertThrows(SkpException.class,
                () -> in(() -> penilaian.rate(t.head(), closed, staff1, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null)));
        assertEquals("window.closed", shut.messageKey());
        // the PPK of another tenant is nobody here; this tenant's ids mean nothing (or someone else) there
        AccessDeniedException foreign = assertThrows(AccessDeniedException.class, () -> TenantContext.call("kpu-dki",
                () -> penilaian.rate(t.head(), w, staff1, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null)));
        assertEquals("access.notPegawai", foreign.messageKey());
        AccessDeniedException foreignId = assertThrows(AccessDeniedException.class, () -> TenantContext.call("kpu-dki",
                () -> penilaian.dekp(KPU_ADMIN, e.getId() + 1_000_000)));
        assertEquals("pen.access.notFound", foreignId.messageKey());
        // other staff of the unit cannot read the result; the pegawai, the PPK and the atasan PPK can
        assertDenied("pen.access.notFound", () -> penilaian.dekp(t.staff(1), e.getId()));
        assertEquals(Predikat.BAIK, in(() -> penilaian.dekp(t.staff(0), e.getId())).predikat());
        assertEquals(Predikat.BAIK, in(() -> penilaian.dekp(t.leader(), e.getId())).predikat());
    }

    @Test
    void finalisingIsRefusedNamingTheViolatedConstraintsAndAcceptedOnceTheCurveHolds() {
        PenilaianProbe.Team t = probe.team(TENANT, 4); // unit of 5: head + 4
        long w = probe.openWindow(TENANT, ADMIN, false);
        // the head's hasil kerja follows the unit predikat, so it must be set first, and only by the leader above
        assertEquals("pen.leader.needsUnitPredikat", assertThrows(SkpException.class,
                () -> in(() -> penilaian.rate(t.leader(), w, t.headId(), null, SESUAI_EKSPEKTASI, null, null))).messageKey());
        assertDenied("pen.access.notLeaderAbove", () -> penilaian.setUnitPredikat(t.head(), w, t.unitId(), OrganisationPredikat.ISTIMEWA, null));
        assertDenied("pen.access.notLeaderAbove", () -> penilaian.setUnitPredikat(t.staff(0), w, t.unitId(), OrganisationPredikat.ISTIMEWA, null));
        in(() -> penilaian.setUnitPredikat(t.leader(), w, t.unitId(), OrganisationPredikat.BAIK, "Capaian sesuai target"));
        Evaluation head = in(() -> penilaian.rate(t.leader(), w, t.headId(), DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null));
        assertEquals(SESUAI_EKSPEKTASI, head.getRatingHasilKerja(), "leader-of-unit rule: Baik → Sesuai Ekspektasi");
        assertTrue(head.isHasilFromUnit());
        for (long s : t.staffIds()) {
            in(() -> penilaian.rate(t.head(), w, s, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null));
        }
        // 5 × Baik: Baik at most 70% (3 of 5) and at least one Butuh Perbaikan or Kurang are both violated
        SkpException refused = assertThrows(SkpException.class, () -> in(() -> penilaian.finaliseUnit(t.head(), w, t.unitId())));
        assertEquals("pen.finalise.refused", refused.messageKey());
        String why = (String) refused.args()[1];
        assertTrue(why.contains("Baik paling banyak 70% (3 dari 5 pegawai), saat ini 5 pegawai"), why);
        assertTrue(why.contains("Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang"), why);
        Views.UnitView live = in(() -> penilaian.unit(t.head(), w, t.unitId()));
        assertEquals(5, live.bars().stream().filter(b -> b.predikat() == Predikat.BAIK).findFirst().orElseThrow().count());
        assertTrue(live.rules().stream().noneMatch(Views.Rule::ok));
        assertDenied("pen.access.notUnitLeader", () -> penilaian.finaliseUnit(t.staff(0), w, t.unitId()));

        in(() -> penilaian.rate(t.head(), w, t.staffIds().get(0), DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, null, null));
        in(() -> penilaian.rate(t.head(), w, t.staffIds().get(1), DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, null, null));
        assertEquals(5, in(() -> penilaian.finaliseUnit(t.head(), w, t.unitId())));

        // final means read-only, for the PPK and the leader above alike
        SkpException fin = assertThrows(SkpException.class, () -> in(() -> penilaian.rate(t.head(), w, t.staffIds().get(2),
                DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, null, null)));
        assertEquals("pen.final", fin.messageKey());
        assertEquals("pen.unit.final", assertThrows(SkpException.class, () -> in(() -> penilaian.setUnitPredikat(t.leader(), w,
                t.unitId(), OrganisationPredikat.ISTIMEWA, null))).messageKey());
        // the fungsional (Ahli Muda, Sangat Baik) gets angka kredit pro rata for a quarter: 25 × 150% × 3/12
        Views.Dekp sb = in(() -> penilaian.myResults(t.staff(0), WorkCalendar.today().getYear())).get(0);
        assertEquals(Predikat.SANGAT_BAIK, sb.predikat());
        assertEquals(new BigDecimal("9.375"), sb.angkaKredit());
        assertTrue(sb.finalised());
        Views.Dekp pelaksana = in(() -> penilaian.myResults(t.staff(1), WorkCalendar.today().getYear())).get(0);
        assertNull(pelaksana.angkaKredit());
        assertEquals(Predikat.BUTUH_PERBAIKAN, pelaksana.predikat());
        assertTrue(probe.activity(TENANT, "unit_kerja", t.unitId()).get(0).startsWith("EVALUATION_FINALISE by " + t.headNip()));
    }

    @Test
    void keberatanWithinFourteenDaysIsDecidedOnceByTheAtasanPpkAndLateOnesAreRefusedWithTheDeadline() {
        PenilaianProbe.Team t = probe.team(TENANT, 1); // unit of 2
        long year = probe.openWindow(TENANT, ADMIN, true);
        in(() -> penilaian.setUnitPredikat(t.leader(), year, t.unitId(), OrganisationPredikat.ISTIMEWA, null));
        Evaluation head = in(() -> penilaian.rate(t.leader(), year, t.headId(), null, DI_ATAS_EKSPEKTASI, null, null));
        assertEquals(Predikat.SANGAT_BAIK, head.getPredikat());
        Evaluation staff = in(() -> penilaian.rate(t.head(), year, t.staffIds().get(0), SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI,
                null, "Sering terlambat"));
        assertEquals(Predikat.KURANG, staff.getPredikat());
        // before finalisation there is nothing to object to
        assertEquals("pen.keberatan.notAnnualFinal", assertThrows(SkpException.class,
                () -> in(() -> penilaian.fileKeberatan(t.staff(0), staff.getId(), "Tidak adil"))).messageKey());
        assertEquals(2, in(() -> penilaian.finaliseUnit(t.leader(), year, t.unitId())));

        // only the pegawai files; within 14 days, once
        assertDenied("pen.access.notFound", () -> penilaian.fileKeberatan(t.head(), staff.getId(), "Atas nama bawahan"));
        long k = in(() -> penilaian.fileKeberatan(t.staff(0), staff.getId(), "Keterlambatan karena tugas luar")).getId();
        assertEquals("pen.keberatan.alreadyFiled", assertThrows(SkpException.class,
                () -> in(() -> penilaian.fileKeberatan(t.staff(0), staff.getId(), "Lagi"))).messageKey());

        // the head's own result: day 15 after finalisation is refused naming the deadline; day 14 is accepted
        probe.finalisedOn(TENANT, head.getId(), WorkCalendar.today().minusDays(15));
        SkpException late = assertThrows(SkpException.class,
                () -> in(() -> penilaian.fileKeberatan(t.head(), head.getId(), "Terlambat")));
        assertEquals("pen.keberatan.tooLate", late.messageKey());
        assertEquals(WorkCalendar.today().minusDays(1), late.args()[0]);
        probe.finalisedOn(TENANT, head.getId(), WorkCalendar.today().minusDays(14));
        assertNotNull(in(() -> penilaian.fileKeberatan(t.head(), head.getId(), "Tepat di hari terakhir")));

        // only the atasan PPK (the PPK's PPK: the leader) decides; the decision is final
        assertDenied("pen.access.notAtasan", () -> penilaian.decideKeberatan(t.head(), k, true, null, null, "x"));
        assertDenied("pen.access.notAtasan", () -> penilaian.decideKeberatan(t.staff(0), k, true, null, null, "x"));
        assertTrue(in(() -> penilaian.keberatanInbox(t.leader())).stream().anyMatch(l -> l.id() == k));
        in(() -> penilaian.decideKeberatan(t.leader(), k, false, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, "Tugas luar terbukti"));
        assertEquals("pen.keberatan.alreadyDecided", assertThrows(SkpException.class,
                () -> in(() -> penilaian.decideKeberatan(t.leader(), k, true, null, null, "Berubah pikiran"))).messageKey());
        Views.Dekp after = in(() -> penilaian.dekp(t.staff(0), staff.getId()));
        assertEquals(Predikat.BAIK, after.predikat());
        assertEquals(KeberatanStatus.DIUBAH, after.keberatan().status());
        assertEquals(Predikat.KURANG, after.keberatan().originalPredikat());
        assertEquals(new BigDecimal("25.000"), after.angkaKredit(), "Ahli Muda, Baik, annual: 25 × 100%");
        List<String> log = probe.activity(TENANT, "keberatan", k);
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("KEBERATAN_FILE by " + t.staffNips().get(0)), log.get(0));
        assertTrue(log.get(1).startsWith("KEBERATAN_DECIDE by " + t.leaderNip()) && log.get(1).contains("Kurang/Misconduct → Baik"),
                log.get(1));
    }

    private static <T> T in(Supplier<T> call) {
        return TenantContext.call(TENANT, call::get);
    }

    private static void assertDenied(String key, Supplier<?> call) {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> in(call));
        assertEquals(key, e.messageKey());
    }
}
