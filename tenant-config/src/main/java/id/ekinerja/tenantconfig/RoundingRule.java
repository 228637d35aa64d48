package id.ekinerja.tenantconfig;

/**
 * How a percentage of the distribution curve becomes a head count in a small unit.
 * FLOOR_MAX_CEIL_MIN: a maximum share allows floor(share × n) people (at least 1 when n ≥ 1 would
 * otherwise forbid everyone), a minimum share requires ceil(share × n) people.
 * ROUND_HALF_UP: both round to the nearest count, halves up.
 */
public enum RoundingRule {
    FLOOR_MAX_CEIL_MIN, ROUND_HALF_UP
}
