package id.ekinerja.tenantconfig;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of the distribution curve: the number of people in a unit whose predikat is in {@code group} is
 * at most / at least {@code amount} percent of the unit, or at most / at least {@code amount} persons.
 *
 * <p>Percent constraints are turned into head counts by a {@link RoundingRule}; person constraints are
 * absolute ("at least one Butuh Perbaikan or Kurang/Misconduct", "no Sangat Baik" = at most 0 persons), so a
 * real prohibition never depends on rounding. See {@link DistributionCurve#bounds} for the exact arithmetic.
 *
 * @param kind   which bound, and whether {@code amount} is a percentage or a head count
 * @param group  the employee predikat counted together (one or more); copied, iterates best first
 * @param amount percent 0–100, or persons ≥ 0 (checked by {@link TenantFileValidator}, not here, so a bad
 *               tenant file is reported with its field instead of failing deep in the loader)
 */
public record CurveConstraint(Kind kind, Set<Predikat> group, int amount) {

    /** The four kinds; {@link #jsonKey()} is the key used in the {@code rules} object of a tenant file. */
    public enum Kind {
        AT_MOST_PERCENT("atMostPercent"),
        AT_LEAST_PERCENT("atLeastPercent"),
        AT_MOST_PERSONS("atMostPersons"),
        AT_LEAST_PERSONS("atLeastPersons");

        private final String jsonKey;

        Kind(String jsonKey) {
            this.jsonKey = jsonKey;
        }

        public String jsonKey() {
            return jsonKey;
        }

        public boolean isMinimum() {
            return this == AT_LEAST_PERCENT || this == AT_LEAST_PERSONS;
        }

        public boolean isPercent() {
            return this == AT_MOST_PERCENT || this == AT_LEAST_PERCENT;
        }
    }

    public CurveConstraint {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        group = group == null || group.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(group));
    }

    public static CurveConstraint atMostPercent(int percent, Predikat first, Predikat... more) {
        return new CurveConstraint(Kind.AT_MOST_PERCENT, EnumSet.of(first, more), percent);
    }

    public static CurveConstraint atLeastPercent(int percent, Predikat first, Predikat... more) {
        return new CurveConstraint(Kind.AT_LEAST_PERCENT, EnumSet.of(first, more), percent);
    }

    public static CurveConstraint atMostPersons(int persons, Predikat first, Predikat... more) {
        return new CurveConstraint(Kind.AT_MOST_PERSONS, EnumSet.of(first, more), persons);
    }

    public static CurveConstraint atLeastPersons(int persons, Predikat first, Predikat... more) {
        return new CurveConstraint(Kind.AT_LEAST_PERSONS, EnumSet.of(first, more), persons);
    }

    /** Labels of the group joined by " + " (counted together), e.g. "Butuh Perbaikan + Kurang/Misconduct". */
    public String groupLabel() {
        return group.stream().map(Predikat::label).collect(Collectors.joining(" + "));
    }

    /** The rule as the UI shows it, e.g. "Sangat Baik paling banyak 70%" or "Sangat Baik tidak boleh ada". */
    public String describe() {
        return switch (kind) {
            case AT_MOST_PERCENT -> groupLabel() + " paling banyak " + amount + "%";
            case AT_LEAST_PERCENT -> groupLabel() + " paling sedikit " + amount + "%";
            case AT_MOST_PERSONS -> amount == 0 ? groupLabel() + " tidak boleh ada"
                    : groupLabel() + " paling banyak " + amount + " orang";
            case AT_LEAST_PERSONS -> groupLabel() + " paling sedikit " + amount + " orang";
        };
    }
}
