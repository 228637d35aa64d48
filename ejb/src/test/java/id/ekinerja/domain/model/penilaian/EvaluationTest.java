package id.ekinerja.domain.model.penilaian;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.domain.model.skp.AnnualPeriod;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.EvaluationScheme;
import id.ekinerja.tenantconfig.Kuadran;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import id.ekinerja.tenantconfig.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {
    static final RuleSet RULES = RuleSet.national();
    private final List<EvaluationWindow> windows =
            EvaluationWindow.generate(new AnnualPeriod(2026, "admin"), EvaluationScheme.QUARTERLY, "admin");
    private final UnitKerja unit = new UnitKerja("u1", "Unit", null);
    private final Pegawai ppk = new Pegawai("197104121998031002", EmployeeType.PNS, "PPK", null, unit);
    private final Pegawai pegawai = new Pegawai("198703142011011005", EmployeeType.PNS, "Pegawai", null, unit);

    private Evaluation quarterly() {
        return new Evaluation(windows.get(0), pegawai, unit, ppk);
    }

    private Evaluation annual() {
        return new Evaluation(windows.get(4), pegawai, unit, ppk);
    }

    @ParameterizedTest(name = "hasil {0}, perilaku {1} → {2}")
    @CsvSource({
            "DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SANGAT_BAIK",
            "DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
            "DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
            "SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BAIK",
            "SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
            "SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
            "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN",
            "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
            "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG"})
    void allNineKuadranCellsGiveThePredikatAndRecordTheRuleVersion(Rating hasil, Rating perilaku, Predikat expected) {
        Evaluation e = quarterly();
        e.rate(hasil, perilaku, null, " catatan ", null, RULES, "ppk");
        assertEquals(expected, e.getPredikat());
        assertEquals(hasil, e.getRatingHasilKerja());
        assertEquals(RuleSet.NATIONAL_VERSION, e.getRuleSetVersion());
        assertEquals("catatan", e.getNotesHasilKerja());
        assertFalse(e.isHasilFromUnit());
    }

    @Test
    void aTenantsOverriddenKuadranIsAppliedAndItsVersionStored() {
        RuleSet custom = new RuleSet("t/2026-1",
                Kuadran.national().with(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK),
                RULES.distributionCurve(), RULES.angkaKredit());
        Evaluation e = quarterly();
        e.rate(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, null, null, null, custom, "ppk");
        assertEquals(Predikat.SANGAT_BAIK, e.getPredikat());
        assertEquals("t/2026-1", e.getRuleSetVersion());
    }

    @ParameterizedTest(name = "unit {0} → hasil {1}")
    @CsvSource({
            "ISTIMEWA, DI_ATAS_EKSPEKTASI, SANGAT_BAIK",
            "BAIK, SESUAI_EKSPEKTASI, BAIK",
            "BUTUH_PERBAIKAN, DI_BAWAH_EKSPEKTASI, BUTUH_PERBAIKAN",
            "KURANG, DI_BAWAH_EKSPEKTASI, BUTUH_PERBAIKAN",
            "SANGAT_KURANG, DI_BAWAH_EKSPEKTASI, BUTUH_PERBAIKAN"})
    void aUnitsLeaderGetsTheOrganisationPredikatAsHasilKerjaWhateverWasPicked(OrganisationPredikat unit, Rating hasil,
                                                                             Predikat withPerilakuDiAtas) {
        Evaluation e = quarterly();
        e.rate(Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, unit, null, null, RULES, "ppk");
        assertEquals(hasil, e.getRatingHasilKerja());
        assertEquals(withPerilakuDiAtas, e.getPredikat());
        assertTrue(e.isHasilFromUnit());
    }

    @Test
    void missingRatingsAndOverlongNotesAreRefused() {
        Evaluation e = quarterly();
        assertEquals("pen.ratingsRequired", assertThrows(PenilaianException.class,
                () -> e.rate(null, Rating.SESUAI_EKSPEKTASI, null, null, null, RULES, "ppk")).messageKey());
        assertEquals("pen.textTooLong", assertThrows(PenilaianException.class,
                () -> e.rate(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, null, "x".repeat(4001), null, RULES, "ppk"))
                .messageKey());
    }

    @Test
    void aFinalisedEvaluationIsReadOnly() {
        Evaluation e = quarterly();
        e.rate(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, null, null, null, RULES, "ppk");
        e.finalise(LocalDate.of(2026, 4, 5), "head");
        assertEquals("pen.final", assertThrows(PenilaianException.class,
                () -> e.rate(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, null, null, null, RULES, "ppk")).messageKey());
        assertEquals("pen.final", assertThrows(PenilaianException.class,
                () -> e.finalise(LocalDate.of(2026, 4, 6), "head")).messageKey());
    }

    // ---- keberatan: 14 days, the last day included ----

    private Evaluation finalisedAnnual(LocalDate on) {
        Evaluation e = annual();
        e.rate(Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, null, null, null, RULES, "ppk");
        e.finalise(on, "head");
        return e;
    }

    @Test
    void keberatanMayBeFiledUpToAndIncludingTheFourteenthDay() {
        LocalDate finalised = LocalDate.of(2026, 12, 20);
        Evaluation e = finalisedAnnual(finalised);
        assertEquals(LocalDate.of(2027, 1, 3), e.keberatanDeadline());
        assertTrue(e.keberatanOpenOn(finalised));
        assertTrue(e.keberatanOpenOn(finalised.plusDays(14)));
        assertFalse(e.keberatanOpenOn(finalised.plusDays(15)));
        Keberatan k = Keberatan.file(e, "alasan", finalised.plusDays(14), "pegawai");
        assertEquals(KeberatanStatus.DIAJUKAN, k.getStatus());
        assertEquals(Predikat.KURANG, k.getOriginalPredikat());
    }

    @Test
    void onTheFifteenthDayFilingIsRefusedNamingTheDeadline() {
        LocalDate finalised = LocalDate.of(2026, 12, 20);
        Evaluation e = finalisedAnnual(finalised);
        PenilaianException late = assertThrows(PenilaianException.class,
                () -> Keberatan.file(e, "alasan", finalised.plusDays(15), "pegawai"));
        assertEquals("pen.keberatan.tooLate", late.messageKey());
        assertEquals(LocalDate.of(2027, 1, 3), late.args()[0]);
    }

    @Test
    void keberatanNeedsAFinalisedAnnualResultAndReasons() {
        Evaluation periodic = quarterly();
        periodic.rate(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, null, null, null, RULES, "ppk");
        periodic.finalise(LocalDate.of(2026, 4, 5), "head");
        assertEquals("pen.keberatan.notAnnualFinal", assertThrows(PenilaianException.class,
                () -> Keberatan.file(periodic, "alasan", LocalDate.of(2026, 4, 6), "p")).messageKey());
        Evaluation draft = annual();
        draft.rate(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, null, null, null, RULES, "ppk");
        assertEquals("pen.keberatan.notAnnualFinal", assertThrows(PenilaianException.class,
                () -> Keberatan.file(draft, "alasan", LocalDate.of(2026, 12, 6), "p")).messageKey());
        Evaluation e = finalisedAnnual(LocalDate.of(2026, 12, 20));
        assertEquals("pen.keberatan.reasonsRequired", assertThrows(PenilaianException.class,
                () -> Keberatan.file(e, "  ", LocalDate.of(2026, 12, 21), "p")).messageKey());
    }

    @Test
    void theAtasanPpksDecisionChangesTheResultOnceAndIsFinal() {
        Evaluation e = finalisedAnnual(LocalDate.of(2026, 12, 20));
        Keberatan k = Keberatan.file(e, "alasan", LocalDate.of(2026, 12, 21), "pegawai");
        assertEquals("pen.keberatan.decisionReasonsRequired", assertThrows(PenilaianException.class,
                () -> k.uphold("", "atasan")).messageKey());
        k.change(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, RULES, "bukti kuat", "atasan");
        assertEquals(KeberatanStatus.DIUBAH, k.getStatus());
        assertEquals(Predikat.BAIK, e.getPredikat());
        assertEquals(Predikat.KURANG, k.getOriginalPredikat());
        assertEquals("pen.keberatan.alreadyDecided", assertThrows(PenilaianException.class,
                () -> k.uphold("lagi", "atasan")).messageKey());
        assertEquals("pen.keberatan.alreadyDecided", assertThrows(PenilaianException.class,
                () -> k.change(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, RULES, "lagi", "atasan")).messageKey());
        assertEquals(Predikat.BAIK, e.getPredikat());
    }

    @Test
    void anUpheldKeberatanLeavesTheResult() {
        Evaluation e = finalisedAnnual(LocalDate.of(2026, 12, 20));
        Keberatan k = Keberatan.file(e, "alasan", LocalDate.of(2026, 12, 21), "pegawai");
        k.uphold("penilaian sudah tepat", "atasan");
        assertEquals(KeberatanStatus.DITOLAK, k.getStatus());
        assertEquals(Predikat.KURANG, e.getPredikat());
    }
}
