package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NipTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void parsesPnsWithDisplaySpaces() {
        Nip nip = Nip.parse("19860926 201505 1 001", EmployeeType.PNS);
        assertEquals("198609262015051001", nip.value());
        assertEquals("19860926 201505 1 001", nip.formatted());
        assertEquals(LocalDate.of(1986, 9, 26), nip.birthDate());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(YearMonth.of(2015, 5), nip.tmtCpns().orElseThrow());
        assertEquals(2015, nip.appointmentYear());
        assertEquals(1, nip.sequence());
        assertEquals(EmployeeType.PNS, nip.type());
    }

    @Test
    void parsesFemalePnsWithoutSpacesAndFormatsIt() {
        Nip nip = Nip.parse("197808232003122001", EmployeeType.PNS);
        assertEquals(Gender.FEMALE, nip.gender());
        assertEquals("19780823 200312 2 001", nip.formatted());
    }

    @Test
    void parsesNiPppk() {
        Nip nip = Nip.parse("199001012021211001", EmployeeType.PPPK);
        assertEquals("19900101 2021 21 1 001", nip.formatted());
        assertEquals(LocalDate.of(1990, 1, 1), nip.birthDate());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(2021, nip.appointmentYear());
        assertTrue(nip.tmtCpns().isEmpty(), "a NI PPPK holds no TMT month");
        assertEquals(nip, Nip.parse("19900101 2021 21 1 001", EmployeeType.PPPK));
    }

    @Test
    void acceptsTabsAndNoBreakSpacesPastedFromDocuments() {
        assertEquals("198609262015051001", Nip.parse(" 19860926\t201505\u00A01 001 ", EmployeeType.PNS).value());
    }

    @Test
    void acceptsLeapDay() {
        assertEquals(LocalDate.of(1984, 2, 29), Nip.parse("198402292008041002", EmployeeType.PNS).birthDate());
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "'',                          PNS,  nip.required",
            "'   ',                       PNS,  nip.required",
            "19860926201505100,           PNS,  nip.length",            // 17 digits
            "1986092620150510011,         PNS,  nip.length",            // 19 digits
            "19860926201505100A,          PNS,  nip.notDigits",
            "1986-09-26 201505 1 001,     PNS,  nip.notDigits",
            "198602302015051001,          PNS,  nip.birthDate.invalid",  // 30 February
            "198502292015051001,          PNS,  nip.birthDate.invalid",  // 1985 is no leap year
            "189912312015051001,          PNS,  nip.birthDate.invalid",  // before 1900
            "202606012045011001,          PNS,  nip.birthDate.future",
            "198609262015131001,          PNS,  nip.tmt.month",
            "198609262015001001,          PNS,  nip.tmt.month",
            "198609262000051001,          PNS,  nip.appointment.beforeAdult",
            "198609262030051001,          PNS,  nip.appointment.future",
            "198609262015053001,          PNS,  nip.gender",
            "198609262015050001,          PNS,  nip.gender",
            "198609262015051000,          PNS,  nip.sequence",
            "199001012021213001,          PPPK, nip.gender",
            "199001012006211001,          PPPK, nip.appointment.beforeAdult",
            "198609262015051001,          PPPK, nip.appointment.beforePppk", // a PNS NIP given as PPPK
            "199013012021211001,          PPPK, nip.birthDate.invalid",
    })
    void rejects(String input, EmployeeType type, String key) {
        InvalidNipException e = assertThrows(InvalidNipException.class, () -> Nip.parse(input, type, TODAY));
        assertEquals(key, e.reasonKey(), e.getMessage());
        assertEquals(input, e.input());
    }

    @Test
    void nullIsRequiredNotNpe() {
        assertEquals("nip.required", assertThrows(InvalidNipException.class,
                () -> Nip.parse(null, EmployeeType.PNS)).reasonKey());
    }

    @Test
    void messagesAreIndonesianAndNameTheProblem() {
        assertEquals("NIP harus 18 digit, bukan 17 digit.",
                assertThrows(InvalidNipException.class, () -> Nip.parse("19860926201505100", EmployeeType.PNS)).getMessage());
        assertEquals("Digit jenis kelamin dalam NI PPPK harus 1 (laki-laki) atau 2 (perempuan), bukan 3.",
                assertThrows(InvalidNipException.class, () -> Nip.parse("199001012021213001", EmployeeType.PPPK)).getMessage());
        assertTrue(assertThrows(InvalidNipException.class, () -> Nip.parse("198602302015051001", EmployeeType.PNS))
                .getMessage().contains("19860230"));
    }

    @Test
    void futureIsRelativeToToday() {
        assertTrue(Nip.isValid("200601012025011001", EmployeeType.PNS));
        assertThrows(InvalidNipException.class, () -> Nip.parse("200601012025011001", EmployeeType.PNS, LocalDate.of(2005, 1, 1)));
        assertFalse(Nip.isValid("abc", EmployeeType.PNS));
    }
}
