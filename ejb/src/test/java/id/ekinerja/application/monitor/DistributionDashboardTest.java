package id.ekinerja.application.monitor;

import id.ekinerja.application.monitor.DistributionDashboard.Fit;
import id.ekinerja.application.monitor.DistributionDashboard.UnitLine;
import id.ekinerja.tenantconfig.DistributionCurve;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RoundingRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The dashboard's verdict per unit follows the curve's bounds for the unit's size and the rounding rule. */
class DistributionDashboardTest {
    private final DistributionCurve curve = DistributionCurve.national();

    private UnitLine unit(OrganisationPredikat org, Map<Predikat, Integer> counts, int unrated, RoundingRule rounding) {
        return DistributionDashboard.line(1L, "u", "Unit", org, false, counts, unrated, curve, rounding);
    }

    @Test
    void capOfSeventyPercentRoundsPerRule() {
        // Istimewa: Sangat Baik at most 70%. 5 people: floor allows 3, half-up allows 4 (3.5)
        Map<Predikat, Integer> four = Map.of(Predikat.SANGAT_BAIK, 4, Predikat.BAIK, 1);
        assertEquals(Fit.VIOLATES, unit(OrganisationPredikat.ISTIMEWA, four, 0, RoundingRule.FLOOR_MAX_CEIL_MIN).fit());
        assertEquals(Fit.FITS, unit(OrganisationPredikat.ISTIMEWA, four, 0, RoundingRule.ROUND_HALF_UP).fit());
        UnitLine l = unit(OrganisationPredikat.ISTIMEWA, four, 0, RoundingRule.FLOOR_MAX_CEIL_MIN);
        assertEquals(3, l.rules().get(0).max());
        assertEquals(4, l.rules().get(0).actual());
        assertFalse(l.rules().get(0).ok());
    }

    @Test
    void minimumsAreJudgedOnlyOnceEveryoneIsRated() {
        // Baik: at least 1 Butuh Perbaikan/Kurang; 10 people, 9 rated Baik-ish so far
        Map<Predikat, Integer> counts = Map.of(Predikat.BAIK, 7, Predikat.SANGAT_BAIK, 2);
        assertEquals(Fit.INCOMPLETE, unit(OrganisationPredikat.BAIK, counts, 1, RoundingRule.FLOOR_MAX_CEIL_MIN).fit());
        Map<Predikat, Integer> all = Map.of(Predikat.BAIK, 7, Predikat.SANGAT_BAIK, 3);
        assertEquals(Fit.VIOLATES, unit(OrganisationPredikat.BAIK, all, 0, RoundingRule.FLOOR_MAX_CEIL_MIN).fit());
        Map<Predikat, Integer> ok = Map.of(Predikat.BAIK, 7, Predikat.SANGAT_BAIK, 2, Predikat.BUTUH_PERBAIKAN, 1);
        assertEquals(Fit.FITS, unit(OrganisationPredikat.BAIK, ok, 0, RoundingRule.FLOOR_MAX_CEIL_MIN).fit());
        // a cap already exceeded is a violation even before everyone is rated: 8 Baik of 10 > 70%
        assertEquals(Fit.VIOLATES, unit(OrganisationPredikat.BAIK, Map.of(Predikat.BAIK, 8), 2, RoundingRule.FLOOR_MAX_CEIL_MIN).fit());
    }

    @Test
    void noOrganisationPredikatNoCurve() {
        UnitLine l = unit(null, Map.of(Predikat.BAIK, 3), 0, RoundingRule.FLOOR_MAX_CEIL_MIN);
        assertEquals(Fit.NO_PREDIKAT, l.fit());
        assertEquals(0, l.rules().size());
        assertEquals(3, l.size());
        assertEquals(100, l.percent(Predikat.BAIK));
    }
}
