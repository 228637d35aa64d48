package id.ekinerja.interfaces.web.skp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetNumberConverterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|12", "12.5|12.5", "12,5|12.5", "0,25|0.25", "-3|-3", "1000|1000",
            "1.5000|1.5000", "1,25|1.25", "2500000|2500000"})
    void readsDigitsWithADecimalCommaOrPoint(String typed, String expected) {
        assertEquals(Optional.empty(), TargetNumberConverter.refusal(typed));
        assertEquals(new BigDecimal(expected), TargetNumberConverter.number(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000", "1,000", "2.500", "-7,125"})
    void refusesASeparatorBeforeExactlyThreeDigitsAsThousandsAndFractionCannotBeTold(String typed) {
        assertEquals(Optional.of("skp.iki.targetAmbiguous"), TargetNumberConverter.refusal(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|12", "12.50|12.5", "1000|1000", "1.000|1", "2.250|2.25", "1.125|1.1250",
            "-0.5|-0.5", "0.001|0.0010"})
    void showsATargetSoThatItReadsBackAsTheSameNumber(String stored, String shown) {
        assertEquals(shown, TargetNumberConverter.shown(new BigDecimal(stored)));
        assertEquals(Optional.empty(), TargetNumberConverter.refusal(shown));
        assertEquals(0, new BigDecimal(stored).compareTo(TargetNumberConverter.number(shown)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 laporan", "1.000.000", "1.000,5", "12,5,1", "1e3", "0x1F", ".5", "5.", "+5",
            "\u0661\u0662", "", "--1", "<script>", "12;5"})
    void refusesWhatIsNotANumber(String typed) {
        assertEquals(Optional.of("skp.iki.targetInvalid"), TargetNumberConverter.refusal(typed));
    }
}
