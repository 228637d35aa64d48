package id.ekinerja.tenantconfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KuadranTest {

    /** The nine cells of domain.md, row = hasil kerja, column = perilaku kerja. */
    @ParameterizedTest(name = "{0} × {1} → {2}")
    @CsvSource({
            "DI_ATAS_EKSPEKTASI,  DI_BAWAH_EKSPEKTASI, KURANG",
            "DI_ATAS_EKSPEKTASI,  SESUAI_EKSPEKTASI,   BAIK",
            "DI_ATAS_EKSPEKTASI,  DI_ATAS_EKSPEKTASI,  SANGAT_BAIK",
            "SESUAI_EKSPEKTASI,   DI_BAWAH_EKSPEKTASI, KURANG",
            "SESUAI_EKSPEKTASI,   SESUAI_EKSPEKTASI,   BAIK",
            "SESUAI_EKSPEKTASI,   DI_ATAS_EKSPEKTASI,  BAIK",
            "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
            "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,   BUTUH_PERBAIKAN",
            "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI,  BUTUH_PERBAIKAN"})
    void nationalTable(Rating hasilKerja, Rating perilakuKerja, Predikat expected) {
        assertEquals(expected, Kuadran.national().predikat(hasilKerja, perilakuKerja));
    }

    @Test
    void labelsAreIndonesian() {
        assertEquals("Di Atas Ekspektasi", Rating.DI_ATAS_EKSPEKTASI.label());
        assertEquals("Sesuai Ekspektasi", Rating.SESUAI_EKSPEKTASI.label());
        assertEquals("Di Bawah Ekspektasi", Rating.DI_BAWAH_EKSPEKTASI.label());
    }

    @Test
    void withChangesOneCellOnly() {
        Kuadran k = Kuadran.national().with(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK);
        assertEquals(Predikat.SANGAT_BAIK, k.predikat(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI));
        assertEquals(Predikat.BAIK, Kuadran.national().predikat(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI));
        assertEquals(Predikat.BAIK, k.predikat(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    }

    @Test
    void incompleteTableIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Kuadran(Map.of(Rating.DI_ATAS_EKSPEKTASI,
                Map.of(Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK))));
        assertThrows(IllegalArgumentException.class,
                () -> Kuadran.national().predikat(null, Rating.DI_ATAS_EKSPEKTASI));
    }
}
