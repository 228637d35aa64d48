package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.ekinerja.tenantconfig.OrganisationPredikat.BAIK;
import static id.ekinerja.tenantconfig.OrganisationPredikat.BUTUH_PERBAIKAN;
import static id.ekinerja.tenantconfig.OrganisationPredikat.ISTIMEWA;
import static id.ekinerja.tenantconfig.OrganisationPredikat.KURANG;
import static id.ekinerja.tenantconfig.OrganisationPredikat.SANGAT_KURANG;
import static id.ekinerja.tenantconfig.RoundingRule.FLOOR_MAX_CEIL_MIN;
import static id.ekinerja.tenantconfig.RoundingRule.ROUND_HALF_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionCurveTest {

    private static final DistributionCurve CURVE = DistributionCurve.national();

    /** "min..max" of each constraint, in listed order, separated by spaces. */
    private static String bounds(OrganisationPredikat o, int n, RoundingRule r) {
        return CURVE.bounds(o, n, r).stream().map(b -> b.min() + ".." + b.max()).collect(Collectors.joining(" "));
    }

    /** Counts in Predikat order: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. */
    private static Map<Predikat, Integer> counts(int sb, int b, int bp, int k, int sk) {
        Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
        m.put(Predikat.SANGAT_BAIK, sb);
        m.put(Predikat.BAIK, b);
        m.put(Predikat.BUTUH_PERBAIKAN, bp);
        m.put(Predikat.KURANG, k);
        m.put(Predikat.SANGAT_KURANG, sk);
        return m;
    }

    // ---- head-count bounds for units of 1 to 5 (and a few larger), both rounding rules ----

    @ParameterizedTest(name = "{0} n={1} {2} → {3}")
    @CsvSource({
            // Istimewa: Sangat Baik at most 70%. A positive cap never rounds to 0 (n=1 allows 1).
            "ISTIMEWA, 1, FLOOR_MAX_CEIL_MIN, 0..1",
            "ISTIMEWA, 2, FLOOR_MAX_CEIL_MIN, 0..1",
            "ISTIMEWA, 3, FLOOR_MAX_CEIL_MIN, 0..2",
            "ISTIMEWA, 4, FLOOR_MAX_CEIL_MIN, 0..2",
            "ISTIMEWA, 5, FLOOR_MAX_CEIL_MIN, 0..3",
            "ISTIMEWA, 10, FLOOR_MAX_CEIL_MIN, 0..7",
            "ISTIMEWA, 1, ROUND_HALF_UP, 0..1",
            "ISTIMEWA, 2, ROUND_HALF_UP, 0..1",
            "ISTIMEWA, 3, ROUND_HALF_UP, 0..2",
            "ISTIMEWA, 4, ROUND_HALF_UP, 0..3",
            "ISTIMEWA, 5, ROUND_HALF_UP, 0..4",
            // Baik: Baik at most 70%; at least 1 Butuh Perbaikan/Kurang, but never the whole unit (n=1: 0)
            "BAIK, 1, FLOOR_MAX_CEIL_MIN, 0..1 0..1",
            "BAIK, 2, FLOOR_MAX_CEIL_MIN, 0..1 1..2",
            "BAIK, 3, FLOOR_MAX_CEIL_MIN, 0..2 1..3",
            "BAIK, 4, FLOOR_MAX_CEIL_MIN, 0..2 1..4",
            "BAIK, 5, FLOOR_MAX_CEIL_MIN, 0..3 1..5",
            "BAIK, 1, ROUND_HALF_UP, 0..1 0..1",
            "BAIK, 2, ROUND_HALF_UP, 0..1 1..2",
            "BAIK, 3, ROUND_HALF_UP, 0..2 1..3",
            "BAIK, 4, ROUND_HALF_UP, 0..3 1..4",
            "BAIK, 5, ROUND_HALF_UP, 0..4 1..5",
            // Butuh Perbaikan: BP at least 60%; Sangat Baik at most 10% (at least 1 allowed)
            "BUTUH_PERBAIKAN, 1, FLOOR_MAX_CEIL_MIN, 1..1 0..1",
            "BUTUH_PERBAIKAN, 2, FLOOR_MAX_CEIL_MIN, 2..2 0..1",
            "BUTUH_PERBAIKAN, 3, FLOOR_MAX_CEIL_MIN, 2..3 0..1",
            "BUTUH_PERBAIKAN, 4, FLOOR_MAX_CEIL_MIN, 3..4 0..1",
            "BUTUH_PERBAIKAN, 5, FLOOR_MAX_CEIL_MIN, 3..5 0..1",
            "BUTUH_PERBAIKAN, 20, FLOOR_MAX_CEIL_MIN, 12..20 0..2",
            "BUTUH_PERBAIKAN, 1, ROUND_HALF_UP, 1..1 0..1",
            "BUTUH_PERBAIKAN, 2, ROUND_HALF_UP, 1..2 0..1",
            "BUTUH_PERBAIKAN, 3, ROUND_HALF_UP, 2..3 0..1",
            "BUTUH_PERBAIKAN, 4, ROUND_HALF_UP, 2..4 0..1",
            "BUTUH_PERBAIKAN, 5, ROUND_HALF_UP, 3..5 0..1",
            "BUTUH_PERBAIKAN, 15, ROUND_HALF_UP, 9..15 0..2",
            // Kurang: K at least 60%; BP at least 10% (reduced so the minimums fit); SB at most 10%
            "KURANG, 1, FLOOR_MAX_CEIL_MIN, 1..1 0..1 0..1",
            "KURANG, 2, FLOOR_MAX_CEIL_MIN, 2..2 0..2 0..1",
            "KURANG, 3, FLOOR_MAX_CEIL_MIN, 2..3 1..3 0..1",
            "KURANG, 4, FLOOR_MAX_CEIL_MIN, 3..4 1..4 0..1",
            "KURANG, 5, FLOOR_MAX_CEIL_MIN, 3..5 1..5 0..1",
            "KURANG, 1, ROUND_HALF_UP, 1..1 0..1 0..1",
            "KURANG, 2, ROUND_HALF_UP, 1..2 0..2 0..1",
            "KURANG, 3, ROUND_HALF_UP, 2..3 0..3 0..1",
            "KURANG, 4, ROUND_HALF_UP, 2..4 0..4 0..1",
            "KURANG, 5, ROUND_HALF_UP, 3..5 1..5 0..1",
            // Sangat Kurang: SK at least 60%; K+BP at least 10%; no Sangat Baik (absolute, never rounded up)
            "SANGAT_KURANG, 1, FLOOR_MAX_CEIL_MIN, 1..1 0..1 0..0",
            "SANGAT_KURANG, 2, FLOOR_MAX_CEIL_MIN, 2..2 0..2 0..0",
            "SANGAT_KURANG, 3, FLOOR_MAX_CEIL_MIN, 2..3 1..3 0..0",
            "SANGAT_KURANG, 4, FLOOR_MAX_CEIL_MIN, 3..4 1..4 0..0",
            "SANGAT_KURANG, 5, FLOOR_MAX_CEIL_MIN, 3..5 1..5 0..0",
            "SANGAT_KURANG, 1, ROUND_HALF_UP, 1..1 0..1 0..0",
            "SANGAT_KURANG, 2, ROUND_HALF_UP, 1..2 0..2 0..0",
            "SANGAT_KURANG, 3, ROUND_HALF_UP, 2..3 0..3 0..0",
            "SANGAT_KURANG, 4, ROUND_HALF_UP, 2..4 0..4 0..0",
            "SANGAT_KURANG, 5, ROUND_HALF_UP, 3..5 1..5 0..0"})
    void boundsForSmallUnits(OrganisationPredikat o, int n, RoundingRule r, String expected) {
        assertEquals(expected, bounds(o, n, r));
    }

    @ParameterizedTest
    @EnumSource(OrganisationPredikat.class)
    void emptyUnitHasNoViolationsAndAllBoundsZero(OrganisationPredikat o) {
        for (RoundingRule r : RoundingRule.values()) {
            assertTrue(CURVE.check(o, Map.of(), r).isSatisfied());
            assertTrue(CURVE.bounds(o, 0, r).stream().allMatch(b -> b.min() == 0 && b.max() == 0));
        }
    }

    @Test
    void everyNationalRuleIsSatisfiableForUnitsUpTo30() {
        for (OrganisationPredikat o : OrganisationPredikat.values()) {
            for (RoundingRule r : RoundingRule.values()) {
                for (int n = 1; n <= 30; n++) {
                    assertTrue(CURVE.isSatisfiable(o, n, r), o + " n=" + n + " " + r);
                }
            }
        }
    }

    // ---- check(): boundaries per organisation predikat ----

    @Test
    void istimewa() {
        assertTrue(CURVE.check(ISTIMEWA, counts(1, 0, 0, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(), "1 of 1");
        assertTrue(CURVE.check(ISTIMEWA, counts(2, 1, 0, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(), "2 of 3");
        DistributionCurve.Result r = CURVE.check(ISTIMEWA, counts(3, 0, 0, 0, 0), FLOOR_MAX_CEIL_MIN);
        assertEquals(1, r.violations().size());
        DistributionCurve.Violation v = r.violations().get(0);
        assertEquals(CurveConstraint.atMostPercent(70, Predikat.SANGAT_BAIK), v.constraint());
        assertEquals(2, v.allowed());
        assertEquals(3, v.actual());
        assertEquals("Distribusi predikat 3 pegawai tidak sesuai kurva untuk predikat organisasi Istimewa: "
                + "Sangat Baik paling banyak 70% (2 dari 3 pegawai), saat ini 3 pegawai.", r.explanation());
        // 7 of 10 is exactly 70%; 4 of 5 passes only when 3.5 rounds up
        assertTrue(CURVE.check(ISTIMEWA, counts(7, 3, 0, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertFalse(CURVE.check(ISTIMEWA, counts(8, 2, 0, 0, 0), ROUND_HALF_UP).isSatisfied());
        assertFalse(CURVE.check(ISTIMEWA, counts(4, 1, 0, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(ISTIMEWA, counts(4, 1, 0, 0, 0), ROUND_HALF_UP).isSatisfied());
    }

    @Test
    void baik() {
        assertTrue(CURVE.check(BAIK, counts(0, 1, 0, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(),
                "a unit of one rated Baik may rate its member Baik");
        assertTrue(CURVE.check(BAIK, counts(1, 1, 1, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(BAIK, counts(0, 1, 0, 1, 0), ROUND_HALF_UP).isSatisfied(), "Kurang counts too");
        DistributionCurve.Result r = CURVE.check(BAIK, counts(0, 2, 0, 0, 0), FLOOR_MAX_CEIL_MIN);
        assertEquals(List.of(1, 1), r.violations().stream().map(DistributionCurve.Violation::allowed).toList());
        assertEquals(List.of(2, 0), r.violations().stream().map(DistributionCurve.Violation::actual).toList());
        assertEquals("Baik paling banyak 70% (1 dari 2 pegawai), saat ini 2 pegawai",
                r.violations().get(0).message());
        assertEquals("Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang, saat ini 0 pegawai",
                r.violations().get(1).message());
        // Sangat Kurang is not in the "at least one" group
        assertFalse(CURVE.check(BAIK, counts(2, 1, 0, 0, 1), FLOOR_MAX_CEIL_MIN).isSatisfied());
        // 4 Baik of 5: FLOOR allows 3, HALF_UP allows 4
        assertFalse(CURVE.check(BAIK, counts(0, 4, 1, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(BAIK, counts(0, 4, 1, 0, 0), ROUND_HALF_UP).isSatisfied());
    }

    @Test
    void butuhPerbaikan() {
        assertTrue(CURVE.check(BUTUH_PERBAIKAN, counts(0, 0, 1, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertFalse(CURVE.check(BUTUH_PERBAIKAN, counts(0, 1, 0, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        // 1 of 2: FLOOR requires ⌈1.2⌉ = 2, HALF_UP requires 1
        assertFalse(CURVE.check(BUTUH_PERBAIKAN, counts(0, 1, 1, 0, 0), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(BUTUH_PERBAIKAN, counts(0, 1, 1, 0, 0), ROUND_HALF_UP).isSatisfied());
        // one Sangat Baik is allowed in a small unit, two are not
        assertTrue(CURVE.check(BUTUH_PERBAIKAN, counts(1, 0, 3, 0, 1), FLOOR_MAX_CEIL_MIN).isSatisfied());
        DistributionCurve.Result r = CURVE.check(BUTUH_PERBAIKAN, counts(2, 0, 3, 0, 0), ROUND_HALF_UP);
        assertEquals(1, r.violations().size());
        assertEquals(1, r.violations().get(0).allowed());
        assertEquals(2, r.violations().get(0).actual());
    }

    @Test
    void kurang() {
        assertTrue(CURVE.check(KURANG, counts(0, 0, 0, 1, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(), "n=1");
        assertTrue(CURVE.check(KURANG, counts(0, 0, 0, 2, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(), "n=2");
        assertFalse(CURVE.check(KURANG, counts(0, 0, 1, 1, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(), "n=2 needs 2 K");
        assertTrue(CURVE.check(KURANG, counts(0, 0, 1, 1, 0), ROUND_HALF_UP).isSatisfied());
        assertTrue(CURVE.check(KURANG, counts(0, 0, 1, 2, 0), FLOOR_MAX_CEIL_MIN).isSatisfied(), "n=3");
        DistributionCurve.Result r = CURVE.check(KURANG, counts(1, 1, 0, 2, 1), FLOOR_MAX_CEIL_MIN);
        assertEquals(List.of("Kurang/Misconduct paling sedikit 60% (3 dari 5 pegawai), saat ini 2 pegawai",
                        "Butuh Perbaikan paling sedikit 10% (1 dari 5 pegawai), saat ini 0 pegawai"),
                r.violations().stream().map(DistributionCurve.Violation::message).toList());
        assertEquals(3, r.bounds().size(), "all bounds are reported, not only violated ones");
        // HALF_UP, n=4: 10% of 4 rounds to 0, so no Butuh Perbaikan needed
        assertTrue(CURVE.check(KURANG, counts(0, 1, 0, 3, 0), ROUND_HALF_UP).isSatisfied());
        assertFalse(CURVE.check(KURANG, counts(2, 0, 0, 3, 0), ROUND_HALF_UP).isSatisfied(), "2 SB of 5");
    }

    @Test
    void sangatKurang() {
        assertTrue(CURVE.check(SANGAT_KURANG, counts(0, 0, 0, 0, 1), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(SANGAT_KURANG, counts(0, 0, 1, 0, 2), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(SANGAT_KURANG, counts(0, 0, 0, 1, 2), FLOOR_MAX_CEIL_MIN).isSatisfied(), "K counts");
        assertFalse(CURVE.check(SANGAT_KURANG, counts(0, 0, 0, 0, 3), FLOOR_MAX_CEIL_MIN).isSatisfied());
        assertTrue(CURVE.check(SANGAT_KURANG, counts(0, 0, 0, 0, 3), ROUND_HALF_UP).isSatisfied());
        DistributionCurve.Result r = CURVE.check(SANGAT_KURANG, counts(1, 0, 1, 0, 3), ROUND_HALF_UP);
        assertEquals(1, r.violations().size());
        assertEquals("Sangat Baik tidak boleh ada, saat ini 1 pegawai", r.violations().get(0).message());
        assertEquals(0, r.violations().get(0).allowed());
    }

    @Test
    void satisfiedExplanationAndBadInput() {
        assertEquals("Distribusi predikat 2 pegawai sesuai kurva untuk predikat organisasi Baik.",
                CURVE.check(BAIK, counts(1, 0, 1, 0, 0), FLOOR_MAX_CEIL_MIN).explanation());
        assertThrows(IllegalArgumentException.class,
                () -> CURVE.check(BAIK, counts(-1, 0, 0, 0, 0), FLOOR_MAX_CEIL_MIN));
        assertThrows(IllegalArgumentException.class, () -> CURVE.bounds(BAIK, -1, FLOOR_MAX_CEIL_MIN));
        assertThrows(IllegalArgumentException.class, () -> CURVE.bounds(BAIK, 3, null));
    }

    @Test
    void withReplacesOneOrganisationPredikat() {
        DistributionCurve c = CURVE.with(ISTIMEWA, List.of(CurveConstraint.atMostPercent(50, Predikat.SANGAT_BAIK)));
        assertEquals("0..2", c.bounds(ISTIMEWA, 5, FLOOR_MAX_CEIL_MIN).stream()
                .map(b -> b.min() + ".." + b.max()).collect(Collectors.joining(" ")));
        assertEquals(CURVE.constraints(BAIK), c.constraints(BAIK));
        assertEquals("0..3", bounds(ISTIMEWA, 5, FLOOR_MAX_CEIL_MIN), "the national curve is unchanged");
    }
}
