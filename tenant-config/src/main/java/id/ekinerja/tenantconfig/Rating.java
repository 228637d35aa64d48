package id.ekinerja.tenantconfig;

/**
 * Rating hasil kerja or rating perilaku kerja (PermenPAN-RB 6/2022), best first. The pair of ratings gives
 * the employee's {@link Predikat} through the {@link Kuadran}.
 */
public enum Rating {
    DI_ATAS_EKSPEKTASI("Di Atas Ekspektasi"),
    SESUAI_EKSPEKTASI("Sesuai Ekspektasi"),
    DI_BAWAH_EKSPEKTASI("Di Bawah Ekspektasi");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The label shown in the UI, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}
