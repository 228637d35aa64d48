package id.ekinerja.tenantconfig;

/** The employee performance verdict (predikat kinerja pegawai), best first. */
public enum Predikat {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    Predikat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
