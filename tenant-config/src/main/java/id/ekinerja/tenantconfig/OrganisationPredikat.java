package id.ekinerja.tenantconfig;

/**
 * The predikat of a unit's performance (predikat kinerja organisasi), set by the leader above the unit, best
 * first. It bounds how employee {@link Predikat}s in the unit may be distributed ({@link DistributionCurve}).
 */
public enum OrganisationPredikat {
    ISTIMEWA("Istimewa"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    OrganisationPredikat(String label) {
        this.label = label;
    }

    /** The label shown in the UI, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}
