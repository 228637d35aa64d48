package id.ekinerja.tenantconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.ekinerja.tenantconfig.CurveConstraint.atLeastPercent;
import static id.ekinerja.tenantconfig.CurveConstraint.atLeastPersons;
import static id.ekinerja.tenantconfig.CurveConstraint.atMostPercent;
import static id.ekinerja.tenantconfig.CurveConstraint.atMostPersons;
import static id.ekinerja.tenantconfig.Predikat.BAIK;
import static id.ekinerja.tenantconfig.Predikat.BUTUH_PERBAIKAN;
import static id.ekinerja.tenantconfig.Predikat.KURANG;
import static id.ekinerja.tenantconfig.Predikat.SANGAT_BAIK;
import static id.ekinerja.tenantconfig.Predikat.SANGAT_KURANG;

/**
 * The distribution curve (SE MenPAN-RB 03/2023): per {@link OrganisationPredikat}, the constraints on how the
 * employee predikat of that unit may be distributed. Data, not code, so a tenant can override the
 * percentages and the UI can list the rules it enforces.
 *
 * <h2>From percentages to head counts ({@link #bounds})</h2>
 * No source fixes rounding for small units, so this class does, the same way for every constraint
 * ({@code p} = percent, {@code n} = people in the unit, {@code k} = persons):
 * <ul>
 *   <li><b>at most p%</b>: {@link RoundingRule#FLOOR_MAX_CEIL_MIN} allows ⌊p·n/100⌋ people ("a cap of 70%
 *       of 3 people allows 2"), {@link RoundingRule#ROUND_HALF_UP} allows p·n/100 rounded, halves up (70% of
 *       5 = 3.5 allows 4). <b>A positive cap never rounds to 0</b>: it allows at least 1 person. Why: a cap
 *       limits, it does not forbid; otherwise a one-person unit rated Istimewa could not have a Sangat Baik
 *       (70% of 1 = 0.7), and a unit of under 10 people rated Butuh Perbaikan never could (10%), making small
 *       units strictly harsher than a unit of 10. A real prohibition is written as "at most 0 persons".</li>
 *   <li><b>at least p%</b>: {@code FLOOR_MAX_CEIL_MIN} requires ⌈p·n/100⌉ (60% of 3 = 1.8 requires 2),
 *       {@code ROUND_HALF_UP} requires p·n/100 rounded, halves up (60% of 4 = 2.4 requires 2).</li>
 *   <li><b>at most k persons</b>: k (no rounding). <b>at least k persons</b>: k, but never the whole unit,
 *       i.e. min(k, n−1). Why: an absolute "at least one Butuh Perbaikan or Kurang" demands differentiation
 *       inside a unit; a one-person unit rated Baik has nobody to differentiate from, and its only member
 *       must not be rated down by the unit's own good predikat. From 2 people on the rule applies in full.</li>
 *   <li><b>minimums must fit together</b>: minimums are served in the order listed, each reduced so that it
 *       and the earlier minimums never need more than n people. Why: with ceilings, "Kurang at least 60%"
 *       and "Butuh Perbaikan at least 10%" need 1 + 1 people in a unit of 1 and 2 + 1 in a unit of 2, which
 *       no distribution can satisfy. The defining minimum is listed first and wins (unit of 1 rated Kurang:
 *       that person is Kurang/Misconduct; under {@code FLOOR_MAX_CEIL_MIN} also both people of a unit of 2).
 *       {@link TenantFileValidator} requires the minimum groups of one
 *       organisation predikat to share no predikat, so this reduction is exact.</li>
 * </ul>
 * With these rules every national constraint set is satisfiable ({@link #isSatisfiable}; tested for units of
 * 1–30 under both rounding rules); the validator checks a tenant override the same way.
 *
 * @param constraints per organisation predikat, in order (order matters for minimums, see above); every
 *                    organisation predikat must be present (an empty list means "no constraint")
 */
public record DistributionCurve(Map<OrganisationPredikat, List<CurveConstraint>> constraints) {

    public DistributionCurve {
        if (constraints == null) {
            throw new IllegalArgumentException("distribution curve: constraints are required");
        }
        EnumMap<OrganisationPredikat, List<CurveConstraint>> copy = new EnumMap<>(OrganisationPredikat.class);
        for (OrganisationPredikat o : OrganisationPredikat.values()) {
            List<CurveConstraint> list = constraints.get(o);
            if (list == null) {
                throw new IllegalArgumentException("distribution curve: no constraints for " + o);
            }
            copy.put(o, List.copyOf(list));
        }
        constraints = Collections.unmodifiableMap(copy);
    }

    /** The curve of SE MenPAN-RB 03/2023 as in domain.md (percentages marked "verify" there). */
    public static DistributionCurve national() {
        return new DistributionCurve(Map.of(
                OrganisationPredikat.ISTIMEWA, List.of(
                        atMostPercent(70, SANGAT_BAIK)),
                OrganisationPredikat.BAIK, List.of(
                        atMostPercent(70, BAIK),
                        atLeastPersons(1, BUTUH_PERBAIKAN, KURANG)),
                OrganisationPredikat.BUTUH_PERBAIKAN, List.of(
                        atLeastPercent(60, BUTUH_PERBAIKAN),
                        atMostPercent(10, SANGAT_BAIK)),
                OrganisationPredikat.KURANG, List.of(
                        atLeastPercent(60, KURANG),
                        atLeastPercent(10, BUTUH_PERBAIKAN),
                        atMostPercent(10, SANGAT_BAIK)),
                OrganisationPredikat.SANGAT_KURANG, List.of(
                        atLeastPercent(60, SANGAT_KURANG),
                        atLeastPercent(10, KURANG, BUTUH_PERBAIKAN),
                        atMostPersons(0, SANGAT_BAIK))));
    }

    /** The constraints for units with this organisation predikat, in order. */
    public List<CurveConstraint> constraints(OrganisationPredikat organisationPredikat) {
        return constraints.get(organisationPredikat);
    }

    /** A copy with the constraints of one organisation predikat replaced (a tenant override). */
    public DistributionCurve with(OrganisationPredikat organisationPredikat, List<CurveConstraint> list) {
        EnumMap<OrganisationPredikat, List<CurveConstraint>> copy = new EnumMap<>(constraints);
        copy.put(organisationPredikat, list);
        return new DistributionCurve(copy);
    }

    /**
     * The allowed head count of one constraint in a unit: {@code min ≤ people in the group ≤ max}.
     * For a cap {@code min} is 0, for a minimum {@code max} is the unit size.
     */
    public record Bound(CurveConstraint constraint, int min, int max) {
        public boolean allows(int count) {
            return count >= min && count <= max;
        }

        /** The number the rule is about: {@code max} for a cap, {@code min} for a minimum. */
        public int limit() {
            return constraint.kind().isMinimum() ? min : max;
        }
    }

    /** A broken constraint: the allowed head count (see {@link Bound#limit()}) and the actual one. */
    public record Violation(CurveConstraint constraint, int unitSize, int allowed, int actual) {
        /** E.g. "Sangat Baik paling banyak 70% (2 dari 3 pegawai), saat ini 3 pegawai". */
        public String message() {
            String rule = constraint.describe();
            if (constraint.kind().isPercent()) {
                rule += " (" + allowed + " dari " + unitSize + " pegawai)";
            }
            return rule + ", saat ini " + actual + " pegawai";
        }
    }

    /**
     * The outcome of {@link #check}: the bounds of every constraint (for the live view) and the violated ones.
     */
    public record Result(OrganisationPredikat organisationPredikat, int unitSize, RoundingRule rounding,
                         List<Bound> bounds, List<Violation> violations) {
        public Result {
            bounds = List.copyOf(bounds);
            violations = List.copyOf(violations);
        }

        public boolean isSatisfied() {
            return violations.isEmpty();
        }

        /** One sentence in Bahasa Indonesia for the user, listing every violation. */
        public String explanation() {
            String head = "Distribusi predikat " + unitSize + " pegawai " + (isSatisfied() ? "sesuai" : "tidak sesuai")
                    + " kurva untuk predikat organisasi " + organisationPredikat.label();
            if (isSatisfied()) {
                return head + ".";
            }
            return head + ": " + violations.stream().map(Violation::message).collect(Collectors.joining("; ")) + ".";
        }
    }

    /**
     * The head-count bounds of each constraint (in order) for a unit of {@code unitSize} people; the rounding
     * rules are in the class comment. This is what the UI shows next to the live distribution.
     */
    public List<Bound> bounds(OrganisationPredikat organisationPredikat, int unitSize, RoundingRule rounding) {
        if (organisationPredikat == null || rounding == null) {
            throw new IllegalArgumentException("organisation predikat and rounding are required");
        }
        if (unitSize < 0) {
            throw new IllegalArgumentException("unit size must not be negative: " + unitSize);
        }
        int n = unitSize;
        int minimumsSoFar = 0;
        List<Bound> out = new ArrayList<>();
        for (CurveConstraint c : constraints(organisationPredikat)) {
            int k = c.amount();
            switch (c.kind()) {
                case AT_MOST_PERCENT -> {
                    int max = rounding == RoundingRule.FLOOR_MAX_CEIL_MIN ? floor(k, n) : halfUp(k, n);
                    if (k > 0 && n > 0) {
                        max = Math.max(1, max); // a positive cap never forbids outright
                    }
                    out.add(new Bound(c, 0, Math.min(max, n)));
                }
                case AT_MOST_PERSONS -> out.add(new Bound(c, 0, Math.min(k, n)));
                case AT_LEAST_PERCENT, AT_LEAST_PERSONS -> {
                    int min = c.kind() == CurveConstraint.Kind.AT_LEAST_PERSONS ? Math.min(k, Math.max(0, n - 1))
                            : rounding == RoundingRule.FLOOR_MAX_CEIL_MIN ? ceil(k, n) : halfUp(k, n);
                    min = Math.max(0, Math.min(min, n - minimumsSoFar)); // minimums must fit together
                    minimumsSoFar += min;
                    out.add(new Bound(c, min, n));
                }
            }
        }
        return out;
    }

    /**
     * Checks a unit's distribution. The unit size is the sum of {@code counts} (a missing predikat counts 0).
     *
     * @return every violated constraint, with its allowed and actual head count, and an explanation
     */
    public Result check(OrganisationPredikat organisationPredikat, Map<Predikat, Integer> counts, RoundingRule rounding) {
        int n = 0;
        for (Map.Entry<Predikat, Integer> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("count of " + e.getKey() + " must be ≥ 0: " + e.getValue());
            }
            n += e.getValue();
        }
        List<Bound> bounds = bounds(organisationPredikat, n, rounding);
        List<Violation> violations = new ArrayList<>();
        for (Bound b : bounds) {
            int actual = b.constraint().group().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
            if (!b.allows(actual)) {
                violations.add(new Violation(b.constraint(), n, b.limit(), actual));
            }
        }
        return new Result(organisationPredikat, n, rounding, bounds, violations);
    }

    /**
     * {@code true} if some distribution of {@code unitSize} people satisfies every constraint. Exhaustive over
     * the (n+4 choose 4) distributions, so meant for the validator's small unit sizes, not for hot paths.
     */
    public boolean isSatisfiable(OrganisationPredikat organisationPredikat, int unitSize, RoundingRule rounding) {
        List<Bound> bounds = bounds(organisationPredikat, unitSize, rounding);
        return search(bounds, new int[Predikat.values().length], 0, unitSize);
    }

    private static boolean search(List<Bound> bounds, int[] counts, int index, int left) {
        Predikat[] all = Predikat.values();
        if (index == all.length - 1) {
            counts[index] = left;
            for (Bound b : bounds) {
                int actual = b.constraint().group().stream().mapToInt(p -> counts[p.ordinal()]).sum();
                if (!b.allows(actual)) {
                    return false;
                }
            }
            return true;
        }
        for (int c = 0; c <= left; c++) {
            counts[index] = c;
            if (search(bounds, counts, index + 1, left - c)) {
                return true;
            }
        }
        return false;
    }

    private static int floor(int percent, int n) {
        return percent * n / 100;
    }

    private static int ceil(int percent, int n) {
        return (percent * n + 99) / 100;
    }

    /** percent·n/100 rounded to the nearest integer, halves up, in integer arithmetic (no binary fractions). */
    private static int halfUp(int percent, int n) {
        return (2 * percent * n + 100) / 200;
    }
}
