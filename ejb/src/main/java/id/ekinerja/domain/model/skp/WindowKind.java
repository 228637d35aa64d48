package id.ekinerja.domain.model.skp;

import id.ekinerja.tenantconfig.EvaluationScheme;

/** What an {@link EvaluationWindow} covers: one month, quarter or semester of the year, or the whole year. */
public enum WindowKind {
    MONTH(1), QUARTER(3), SEMESTER(6), YEAR(12);

    private final int months;

    WindowKind(int months) {
        this.months = months;
    }

    /** Months covered: angka kredit of a periodic window is pro rata, × months / 12. */
    public int months() {
        return months;
    }

    public static WindowKind of(EvaluationScheme scheme) {
        return switch (scheme) {
            case MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case SEMESTER -> SEMESTER;
        };
    }
}
