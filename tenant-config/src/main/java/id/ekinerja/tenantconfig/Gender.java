package id.ekinerja.tenantconfig;

/** Gender as encoded in the 15th digit of a NIP / NI PPPK: 1 = laki-laki, 2 = perempuan. */
public enum Gender {
    MALE('1', "Laki-laki"),
    FEMALE('2', "Perempuan");

    private final char digit;
    private final String label;

    Gender(char digit, String label) {
        this.digit = digit;
        this.label = label;
    }

    /** The digit used in the NIP. */
    public char digit() {
        return digit;
    }

    /** Label in Bahasa Indonesia, as printed on the SKP. */
    public String label() {
        return label;
    }
}
