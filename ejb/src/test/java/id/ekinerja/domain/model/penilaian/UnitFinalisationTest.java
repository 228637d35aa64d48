package id.ekinerja.domain.model.penilaian;

import id.ekinerja.tenantconfig.DistributionCurve;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RoundingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finalising a unit: refused exactly when the curve is violated (plus unset organisation predikat or unrated
 * people), with the violated constraint named. The curve's own arithmetic is DistributionCurveTest's; these
 * cases sit on the boundaries of each organisation predikat for units of 1–5 people.
 */
class UnitFinalisationTest {
    private static final DistributionCurve CURVE = DistributionCurve.national();

    /** "sb b bp k sk" → one predikat per person. */
    private static List<Predikat> people(String counts) {
        int[] c = Arrays.stream(counts.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
        List<Predikat> out = new ArrayList<>();
        for (Predikat p : Predikat.values()) {
            for (int i = 0; i < c[p.ordinal()]; i++) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("P" + i);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} [{2}] → {3}")
    @CsvSource({
            // Istimewa: Sangat Baik at most 70% (floor; never below 1)
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 1 0 0 0 0, true, ''",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 1 1 0 0 0, true, ''",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 2 0 0 0 0, false, Sangat Baik paling banyak 70% (1 dari 2 pegawai), saat ini 2",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 2 1 0 0 0, true, ''",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 3 0 0 0 0, false, Sangat Baik paling banyak 70% (2 dari 3 pegawai)",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 2 2 0 0 0, true, ''",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 3 1 0 0 0, false, Sangat Baik paling banyak 70% (2 dari 4 pegawai)",
            "ISTIMEWA, ROUND_HALF_UP, 3 1 0 0 0, true, ''",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 3 2 0 0 0, true, ''",
            "ISTIMEWA, FLOOR_MAX_CEIL_MIN, 4 1 0 0 0, false, Sangat Baik paling banyak 70% (3 dari 5 pegawai), saat ini 4",
            "ISTIMEWA, ROUND_HALF_UP, 4 1 0 0 0, true, ''",
            // Baik: Baik at most 70%; at least 1 Butuh Perbaikan or Kurang (not in a unit of 1)
            "BAIK, FLOOR_MAX_CEIL_MIN, 0 1 0 0 0, true, ''",
            "BAIK, FLOOR_MAX_CEIL_MIN, 0 1 1 0 0, true, ''",
            "BAIK, FLOOR_MAX_CEIL_MIN, 0 2 0 0 0, false, Baik paling banyak 70% (1 dari 2 pegawai)",
            "BAIK, FLOOR_MAX_CEIL_MIN, 1 1 0 0 0, false, Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang, saat ini 0",
            "BAIK, FLOOR_MAX_CEIL_MIN, 0 2 0 1 0, true, ''",
            "BAIK, FLOOR_MAX_CEIL_MIN, 1 2 0 0 0, false, Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang",
            "BAIK, FLOOR_MAX_CEIL_MIN, 1 2 1 0 0, true, ''",
            "BAIK, FLOOR_MAX_CEIL_MIN, 0 3 1 0 0, false, Baik paling banyak 70% (2 dari 4 pegawai), saat ini 3",
            "BAIK, ROUND_HALF_UP, 0 3 1 0 0, true, ''",
            "BAIK, FLOOR_MAX_CEIL_MIN, 1 3 1 0 0, true, ''",
            "BAIK, FLOOR_MAX_CEIL_MIN, 0 4 1 0 0, false, Baik paling banyak 70% (3 dari 5 pegawai), saat ini 4",
            // Butuh Perbaikan: BP at least 60% (ceil); Sangat Baik at most 10% (at least 1 allowed)
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 0 0 1 0 0, true, ''",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 0 1 0 0 0, false, Butuh Perbaikan paling sedikit 60% (1 dari 1 pegawai), saat ini 0",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 0 0 2 0 0, true, ''",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 0 1 1 0 0, false, Butuh Perbaikan paling sedikit 60% (2 dari 2 pegawai), saat ini 1",
            "BUTUH_PERBAIKAN, ROUND_HALF_UP, 0 1 1 0 0, true, ''",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 1 0 2 0 0, true, ''",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 0 2 1 0 0, false, Butuh Perbaikan paling sedikit 60% (2 dari 3 pegawai)",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 1 0 3 0 0, true, ''",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 2 0 2 0 0, false, Sangat Baik paling banyak 10% (1 dari 4 pegawai), saat ini 2",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 0 2 3 0 0, true, ''",
            "BUTUH_PERBAIKAN, FLOOR_MAX_CEIL_MIN, 2 0 3 0 0, false, Sangat Baik paling banyak 10% (1 dari 5 pegawai), saat ini 2",
            // Kurang: Kurang at least 60%; BP at least 10%; Sangat Baik at most 10%
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 1 0, true, ''",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 1 0 0, false, Kurang/Misconduct paling sedikit 60% (1 dari 1 pegawai), saat ini 0",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 2 0, true, ''",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 1 1 0, false, Kurang/Misconduct paling sedikit 60% (2 dari 2 pegawai), saat ini 1",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 1 2 0, true, ''",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 3 0, false, Butuh Perbaikan paling sedikit 10% (1 dari 3 pegawai), saat ini 0",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 1 3 0, true, ''",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 0 2 2 0, false, Kurang/Misconduct paling sedikit 60% (3 dari 4 pegawai), saat ini 2",
            "KURANG, FLOOR_MAX_CEIL_MIN, 1 0 1 3 0, true, ''",
            "KURANG, FLOOR_MAX_CEIL_MIN, 0 2 0 3 0, false, Butuh Perbaikan paling sedikit 10% (1 dari 5 pegawai), saat ini 0",
            // Sangat Kurang: SK at least 60%; Kurang + BP at least 10%; no Sangat Baik at all
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 0 1, true, ''",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 1 0 0 0 0, false, Sangat Baik tidak boleh ada, saat ini 1",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 0 2, true, ''",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 1 0 0 0 1, false, Sangat Baik tidak boleh ada",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 1 2, true, ''",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 1 0 0 0 2, false, Sangat Baik tidak boleh ada",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 0 1 0 3, true, ''",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 0 0 0 4, false, Butuh Perbaikan + Kurang/Misconduct paling sedikit 10% (1 dari 4 pegawai), saat ini 0",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 1 0 1 3, true, ''",
            "SANGAT_KURANG, FLOOR_MAX_CEIL_MIN, 0 2 0 0 3, false, Butuh Perbaikan + Kurang/Misconduct paling sedikit 10% (1 dari 5 pegawai)",
    })
    void finalisationFollowsTheCurveAndNamesTheViolatedConstraint(OrganisationPredikat org, RoundingRule rounding,
                                                                  String counts, boolean allowed, String fragment) {
        List<Predikat> people = people(counts);
        UnitFinalisation.Outcome outcome = UnitFinalisation.of(org, people, names(people.size())).check(CURVE, rounding);
        assertEquals(allowed, outcome.allowed(), outcome.explanation());
        if (allowed) {
            assertTrue(outcome.problems().isEmpty());
            assertTrue(outcome.curve().isSatisfied());
        } else {
            assertTrue(outcome.explanation().contains(fragment), outcome.explanation());
            assertTrue(outcome.explanation().contains("predikat organisasi " + org.label()), outcome.explanation());
        }
    }

    @Test
    void refusedWithoutOrganisationPredikatOrWhileSomeoneIsUnratedNamingThem() {
        List<Predikat> people = new ArrayList<>(List.of(Predikat.BAIK, Predikat.BUTUH_PERBAIKAN));
        people.add(null);
        UnitFinalisation.Outcome outcome = UnitFinalisation.of(null, people, List.of("Ani", "Budi", "Citra"))
                .check(CURVE, RoundingRule.FLOOR_MAX_CEIL_MIN);
        assertFalse(outcome.allowed());
        assertEquals(2, outcome.problems().size());
        assertTrue(outcome.explanation().contains("Predikat organisasi unit belum ditetapkan"));
        assertTrue(outcome.explanation().contains("Belum dinilai: Citra."));
        assertNull(outcome.curve());
    }

    @Test
    void everyViolationIsListedAtOnce() {
        // Butuh Perbaikan, 4 people, 2 Sangat Baik + 2 Baik: BP minimum and SB cap both broken
        UnitFinalisation.Outcome outcome = UnitFinalisation.of(OrganisationPredikat.BUTUH_PERBAIKAN,
                people("2 2 0 0 0"), names(4)).check(CURVE, RoundingRule.FLOOR_MAX_CEIL_MIN);
        assertEquals(2, outcome.curve().violations().size());
        assertTrue(outcome.explanation().contains("Butuh Perbaikan paling sedikit 60%"));
        assertTrue(outcome.explanation().contains("Sangat Baik paling banyak 10%"));
    }
}
