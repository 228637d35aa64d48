package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AngkaKreditTest {

    private static final AngkaKredit AK = AngkaKredit.national();

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "SANGAT_BAIK,     Ahli Pertama, 18.750",
            "BAIK,            Ahli Pertama, 12.500",
            "BUTUH_PERBAIKAN, Ahli Pertama, 9.375",
            "KURANG,          Ahli Pertama, 6.250",
            "SANGAT_KURANG,   Ahli Pertama, 3.125",
            "BAIK,            Ahli Muda,    25.000",
            "SANGAT_BAIK,     Ahli Madya,   56.250",
            "SANGAT_KURANG,   Ahli Utama,   12.500",
            "BAIK,            Mahir,        12.500",
            "KURANG,          Penyelia,     12.500",
            "SANGAT_BAIK,     Terampil,     7.500",
            "BAIK,            Pemula,       3.750",
            "BUTUH_PERBAIKAN, Pemula,       2.813",   // 2.8125 rounds half up
            "SANGAT_KURANG,   Pemula,       0.938"})  // 0.9375 rounds half up
    void annual(Predikat predikat, String jenjang, String expected) {
        BigDecimal ak = AK.annual(predikat, jenjang);
        assertEquals(new BigDecimal(expected), ak, "value and scale");
        assertEquals(AngkaKredit.SCALE, ak.scale());
    }

    @ParameterizedTest(name = "{0} {1} {2} months → {3}")
    @CsvSource({
            "BAIK,            Ahli Muda,    3,  6.250",   // a quarter
            "BAIK,            Ahli Muda,    6,  12.500",  // a semester
            "BAIK,            Ahli Pertama, 1,  1.042",   // 1.041666… rounded once
            "SANGAT_BAIK,     Terampil,     1,  0.625",
            "SANGAT_KURANG,   Pemula,       1,  0.078",   // 0.078125
            "BUTUH_PERBAIKAN, Ahli Madya,   4,  9.375",
            "SANGAT_BAIK,     Ahli Utama,   12, 75.000"})
    void periodicIsProRata(Predikat predikat, String jenjang, int months, String expected) {
        assertEquals(new BigDecimal(expected), AK.periodic(predikat, jenjang, months));
    }

    @Test
    void twelveMonthsEqualsAnnual() {
        for (Predikat p : Predikat.values()) {
            for (String jenjang : TenantFileValidator.FUNGSIONAL_JENJANG) {
                assertEquals(AK.annual(p, jenjang), AK.periodic(p, jenjang, 12), p + " " + jenjang);
            }
        }
    }

    @Test
    void nationalTableCoversEveryJenjangTheValidatorAccepts() {
        assertEquals(TenantFileValidator.FUNGSIONAL_JENJANG.stream().sorted().toList(),
                AK.annualCoefficient().keySet().stream().sorted().toList());
        assertEquals(5, AK.sharePercent().size());
    }

    @Test
    void unknownJenjangAndBadMonthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AK.annual(Predikat.BAIK, "Ahli Super"));
        assertTrue(e.getMessage().contains("Ahli Super") && e.getMessage().contains("Ahli Pertama"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AK.annual(Predikat.BAIK, null));
        assertThrows(IllegalArgumentException.class, () -> AK.annual(Predikat.BAIK, "ahli muda"), "exact spelling");
        assertThrows(IllegalArgumentException.class, () -> AK.periodic(Predikat.BAIK, "Ahli Muda", 0));
        assertThrows(IllegalArgumentException.class, () -> AK.periodic(Predikat.BAIK, "Ahli Muda", 13));
    }

    @Test
    void missingShareIsAnError() {
        AngkaKredit partial = new AngkaKredit(Map.of(Predikat.BAIK, 100), AK.annualCoefficient());
        assertThrows(IllegalStateException.class, () -> partial.annual(Predikat.SANGAT_BAIK, "Ahli Muda"));
        assertEquals(new BigDecimal("25.000"), partial.annual(Predikat.BAIK, "Ahli Muda"));
    }
}
