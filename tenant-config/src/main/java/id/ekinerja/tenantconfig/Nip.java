package id.ekinerja.tenantconfig;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee number: the 18-digit NIP of a PNS or the 18-digit NI PPPK. Immutable; only {@link #parse}
 * creates one, so holding a {@code Nip} means it passed validation.
 *
 * <pre>
 * NIP (PNS):  YYYYMMDD birth · YYYYMM TMT CPNS · gender · NNN        → "19860926 201505 1 001"
 * NI PPPK:    YYYYMMDD birth · YYYY first PPPK year · 2 digits · gender · NNN → "19900101 2021 21 1 001"
 * </pre>
 *
 * The two middle PPPK digits have no verified meaning ({@code 21} is the value seen in practice), so they
 * are kept but not interpreted. Plausibility checks are deliberately loose (appointment at least in the
 * year of the 18th birthday, not more than a year ahead): the goal is to catch typos, not to re-implement
 * BKN's registry.
 */
public final class Nip {
    /** NIP and NI PPPK both have this many digits. */
    public static final int LENGTH = 18;
    /** PPPK exist since PP 49/2018; an earlier "first PPPK year" is a typo or a PNS NIP. */
    static final int FIRST_PPPK_YEAR = 2019;
    private static final int MIN_BIRTH_YEAR = 1900;
    private static final ZoneId INDONESIA_WEST = ZoneId.of("Asia/Jakarta");

    private final String value;
    private final EmployeeType type;
    private final LocalDate birthDate;
    private final int appointmentYear;
    private final YearMonth tmtCpns;
    private final Gender gender;

    private Nip(String value, EmployeeType type, LocalDate birthDate, int appointmentYear, YearMonth tmtCpns,
                Gender gender) {
        this.value = value;
        this.type = type;
        this.birthDate = birthDate;
        this.appointmentYear = appointmentYear;
        this.tmtCpns = tmtCpns;
        this.gender = gender;
    }

    /**
     * Parses a NIP ({@link EmployeeType#PNS}) or NI PPPK ({@link EmployeeType#PPPK}); whitespace between
     * the groups is allowed and dropped. "Today" is the date in Asia/Jakarta.
     *
     * @throws InvalidNipException if the text cannot be a valid number of that type
     */
    public static Nip parse(String input, EmployeeType type) {
        return parse(input, type, LocalDate.now(INDONESIA_WEST));
    }

    /** As {@link #parse(String, EmployeeType)} with an explicit "today", for reproducible checks and tests. */
    public static Nip parse(String input, EmployeeType type, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(today, "today");
        String label = label(type);
        if (input == null || input.isBlank()) {
            throw fail("nip.required", input, label + " wajib diisi.");
        }
        String digits = stripWhitespace(input);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw fail("nip.notDigits", input, label + " hanya boleh berisi angka (spasi boleh sebagai pemisah).");
        }
        if (digits.length() != LENGTH) {
            throw fail("nip.length", input, label + " harus " + LENGTH + " digit, bukan " + digits.length() + " digit.");
        }

        LocalDate birth;
        try {
            birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
        } catch (DateTimeException e) {
            birth = null;
        }
        if (birth == null || birth.getYear() < MIN_BIRTH_YEAR) {
            throw fail("nip.birthDate.invalid", input,
                    "Tanggal lahir dalam " + label + " (" + digits.substring(0, 8) + ") bukan tanggal yang sah.");
        }
        if (birth.isAfter(today)) {
            throw fail("nip.birthDate.future", input,
                    "Tanggal lahir dalam " + label + " (" + birth + ") berada di masa depan.");
        }

        int appointmentYear = num(digits, 8, 12);
        YearMonth tmt = null;
        if (type == EmployeeType.PNS) {
            int month = num(digits, 12, 14);
            if (month < 1 || month > 12) {
                throw fail("nip.tmt.month", input,
                        "Bulan TMT CPNS dalam NIP (" + digits.substring(12, 14) + ") harus antara 01 dan 12.");
            }
            tmt = YearMonth.of(appointmentYear, month);
        }
        String what = type == EmployeeType.PNS ? "Tahun TMT CPNS" : "Tahun pengangkatan PPPK";
        // Loose: an ASN must be at least 18, and a number is issued at most about a year before the TMT.
        if (appointmentYear < birth.getYear() + 18) {
            throw fail("nip.appointment.beforeAdult", input, what + " dalam " + label + " (" + appointmentYear
                    + ") harus paling cepat tahun lahir + 18 (" + (birth.getYear() + 18) + ").");
        }
        if (appointmentYear > today.getYear() + 1) {
            throw fail("nip.appointment.future", input,
                    what + " dalam " + label + " (" + appointmentYear + ") terlalu jauh di masa depan.");
        }
        if (type == EmployeeType.PPPK && appointmentYear < FIRST_PPPK_YEAR) {
            throw fail("nip.appointment.beforePppk", input, what + " (" + appointmentYear
                    + ") lebih awal dari " + FIRST_PPPK_YEAR + "; apakah ini NIP PNS?");
        }

        char g = digits.charAt(14);
        Gender gender = g == Gender.MALE.digit() ? Gender.MALE : g == Gender.FEMALE.digit() ? Gender.FEMALE : null;
        if (gender == null) {
            throw fail("nip.gender", input, "Digit jenis kelamin dalam " + label
                    + " harus 1 (laki-laki) atau 2 (perempuan), bukan " + g + ".");
        }
        if (digits.endsWith("000")) {
            throw fail("nip.sequence", input, "Nomor urut dalam " + label + " tidak boleh 000.");
        }
        return new Nip(digits, type, birth, appointmentYear, tmt, gender);
    }

    /** {@code true} if {@link #parse(String, EmployeeType)} would succeed. */
    public static boolean isValid(String input, EmployeeType type) {
        try {
            parse(input, type);
            return true;
        } catch (InvalidNipException e) {
            return false;
        }
    }

    /** Removes all whitespace (including no-break spaces pasted from documents). */
    public static String stripWhitespace(String input) {
        StringBuilder sb = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The 18 digits, no separators: what is stored and used as the Keycloak username. */
    public String value() {
        return value;
    }

    /** Display form: {@code 19860926 201505 1 001} (PNS) or {@code 19900101 2021 21 1 001} (PPPK). */
    public String formatted() {
        return type == EmployeeType.PNS
                ? value.substring(0, 8) + ' ' + value.substring(8, 14) + ' ' + value.charAt(14) + ' ' + value.substring(15)
                : value.substring(0, 8) + ' ' + value.substring(8, 12) + ' ' + value.substring(12, 14) + ' '
                        + value.charAt(14) + ' ' + value.substring(15);
    }

    public EmployeeType type() {
        return type;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    /** Year of the TMT CPNS (PNS) or of the first PPPK appointment (PPPK). */
    public int appointmentYear() {
        return appointmentYear;
    }

    /** TMT CPNS (year and month) for a PNS; empty for PPPK, whose number holds only a year. */
    public Optional<YearMonth> tmtCpns() {
        return Optional.ofNullable(tmtCpns);
    }

    /** The last three digits, the sequence number. */
    public int sequence() {
        return num(value, 15, 18);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip other && value.equals(other.value) && type == other.type;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String label(EmployeeType type) {
        return type == EmployeeType.PNS ? "NIP" : "NI PPPK";
    }

    private static int num(String digits, int from, int to) {
        return Integer.parseInt(digits.substring(from, to));
    }

    private static InvalidNipException fail(String key, String input, String message) {
        return new InvalidNipException(key, input, message);
    }
}
