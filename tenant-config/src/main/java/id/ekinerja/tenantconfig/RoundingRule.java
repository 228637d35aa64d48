package id.ekinerja.tenantconfig;

/**
 * How a percentage of the distribution curve becomes a head count in a small unit (a tenant setting,
 * {@code settings.distributionRounding}). The full arithmetic, with the reasons, is in {@link DistributionCurve}.
 * <ul>
 *   <li>{@link #FLOOR_MAX_CEIL_MIN}: a maximum share allows ⌊share × n⌋ people, a minimum share requires
 *       ⌈share × n⌉ people (strict: a rule is never loosened by rounding).</li>
 *   <li>{@link #ROUND_HALF_UP}: both round to the nearest count, halves up.</li>
 * </ul>
 * Under both: a positive maximum share allows at least 1 person, an "at least k persons" rule requires at
 * most n − 1, and the minimums of one organisation predikat never need more than n people together.
 */
public enum RoundingRule {
    FLOOR_MAX_CEIL_MIN, ROUND_HALF_UP
}
