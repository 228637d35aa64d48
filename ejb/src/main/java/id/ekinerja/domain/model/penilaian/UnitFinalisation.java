package id.ekinerja.domain.model.penilaian;

import id.ekinerja.tenantconfig.DistributionCurve;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RoundingRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * May a unit's evaluations of one window be finalised? Three conditions, all reported together so the user
 * fixes everything in one pass:
 * <ol>
 *   <li>the leader above has set the unit's organisation predikat;</li>
 *   <li>every pegawai of the unit is rated (unrated ones are named);</li>
 *   <li>the unit's distribution of predikat satisfies the distribution curve for that organisation predikat,
 *       under the tenant's rounding rule ({@link DistributionCurve#check}; each violated constraint is named
 *       with its allowed and actual head count).</li>
 * </ol>
 * The unit is its active pegawai including its head (the head's hasil kerja is the unit's predikat). Pure
 * logic over counts, so the service can feed it from one aggregate query per window for a whole unit tree.
 *
 * @param organisationPredikat the unit's predikat, or {@code null} if not set yet
 * @param counts               predikat → rated pegawai of the unit
 * @param unrated              names of the pegawai not rated yet
 */
public record UnitFinalisation(OrganisationPredikat organisationPredikat, Map<Predikat, Integer> counts,
                               List<String> unrated) implements java.io.Serializable {

    public UnitFinalisation {
        EnumMap<Predikat, Integer> copy = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            copy.put(p, counts == null ? 0 : counts.getOrDefault(p, 0));
        }
        counts = copy;
        unrated = unrated == null ? List.of() : List.copyOf(unrated);
    }

    /** From the predikat of each pegawai ({@code null} = not rated) and their names, in the same order. */
    public static UnitFinalisation of(OrganisationPredikat organisationPredikat, List<Predikat> predikat, List<String> names) {
        EnumMap<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        List<String> unrated = new ArrayList<>();
        for (int i = 0; i < predikat.size(); i++) {
            Predikat p = predikat.get(i);
            if (p == null) {
                unrated.add(names.get(i));
            } else {
                counts.merge(p, 1, Integer::sum);
            }
        }
        return new UnitFinalisation(organisationPredikat, counts, unrated);
    }

    /** The outcome: ok, or the reasons (in Bahasa Indonesia) why not. */
    public record Outcome(boolean allowed, List<String> problems, DistributionCurve.Result curve) implements java.io.Serializable {
        public String explanation() {
            return String.join(" ", problems);
        }
    }

    public Outcome check(DistributionCurve curve, RoundingRule rounding) {
        List<String> problems = new ArrayList<>();
        DistributionCurve.Result result = null;
        if (organisationPredikat == null) {
            problems.add("Predikat organisasi unit belum ditetapkan oleh atasan unit.");
        }
        if (!unrated.isEmpty()) {
            problems.add("Belum dinilai: " + String.join(", ", unrated) + ".");
        }
        if (organisationPredikat != null && unrated.isEmpty()) {
            result = curve.check(organisationPredikat, counts, rounding);
            if (!result.isSatisfied()) {
                problems.add(result.explanation());
            }
        }
        return new Outcome(problems.isEmpty(), problems, result);
    }
}
