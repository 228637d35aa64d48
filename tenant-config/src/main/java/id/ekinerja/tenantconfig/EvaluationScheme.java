package id.ekinerja.tenantconfig;

/** How often the periodic evaluation (evaluasi periodik) runs inside the annual period. */
public enum EvaluationScheme {
    MONTHLY(12), QUARTERLY(4), SEMESTER(2);

    private final int windowsPerYear;

    EvaluationScheme(int windowsPerYear) {
        this.windowsPerYear = windowsPerYear;
    }

    public int windowsPerYear() {
        return windowsPerYear;
    }
}
