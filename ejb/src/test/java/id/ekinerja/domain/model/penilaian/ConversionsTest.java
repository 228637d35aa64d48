package id.ekinerja.domain.model.penilaian;

import id.ekinerja.domain.model.skp.WindowKind;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConversionsTest {
    private static final RuleSet RULES = RuleSet.national();

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "SANGAT_BAIK, Ahli Muda, YEAR, 37.500",
            "BAIK, Ahli Pertama, YEAR, 12.500",
            "BUTUH_PERBAIKAN, Ahli Madya, YEAR, 28.125",
            "KURANG, Ahli Utama, YEAR, 25.000",
            "SANGAT_KURANG, Penyelia, YEAR, 6.250",
            "BAIK, Pemula, YEAR, 3.750",
            "SANGAT_BAIK, Pemula, YEAR, 5.625",
            // periodic: pro rata months/12, rounded once
            "BAIK, Ahli Muda, QUARTER, 6.250",
            "SANGAT_BAIK, Ahli Muda, QUARTER, 9.375",
            "BAIK, Ahli Pertama, MONTH, 1.042",
            "BUTUH_PERBAIKAN, Terampil, SEMESTER, 1.875",
            "KURANG, Pemula, MONTH, 0.156",
    })
    void angkaKreditAnnualAndProRata(Predikat predikat, String jenjang, WindowKind window, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)),
                Conversions.angkaKredit(RULES, predikat, JabatanKind.FUNGSIONAL, jenjang, window));
    }

    @Test
    void noAngkaKreditOutsideJabatanFungsionalOrForAnUnknownJenjang() {
        assertEquals(Optional.empty(), Conversions.angkaKredit(RULES, Predikat.BAIK, JabatanKind.PELAKSANA, null, WindowKind.YEAR));
        assertEquals(Optional.empty(), Conversions.angkaKredit(RULES, Predikat.BAIK, JabatanKind.FUNGSIONAL, "Madya", WindowKind.YEAR));
        assertEquals(Optional.empty(), Conversions.angkaKredit(RULES, null, JabatanKind.FUNGSIONAL, "Ahli Muda", WindowKind.YEAR));
    }
}
