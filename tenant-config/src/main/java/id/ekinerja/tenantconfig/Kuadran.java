package id.ekinerja.tenantconfig;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import static id.ekinerja.tenantconfig.Predikat.BAIK;
import static id.ekinerja.tenantconfig.Predikat.BUTUH_PERBAIKAN;
import static id.ekinerja.tenantconfig.Predikat.KURANG;
import static id.ekinerja.tenantconfig.Predikat.SANGAT_BAIK;
import static id.ekinerja.tenantconfig.Predikat.SANGAT_KURANG;
import static id.ekinerja.tenantconfig.Rating.DI_ATAS_EKSPEKTASI;
import static id.ekinerja.tenantconfig.Rating.DI_BAWAH_EKSPEKTASI;
import static id.ekinerja.tenantconfig.Rating.SESUAI_EKSPEKTASI;

/**
 * The kuadran: (rating hasil kerja, rating perilaku kerja) → {@link Predikat}. Kept as data (a 3×3 table)
 * rather than an if-cascade so that a tenant's rule set can override single cells and the UI can show the
 * very table the app applies.
 *
 * @param table hasil kerja → (perilaku kerja → predikat); must have all nine cells. Copied into unmodifiable
 *              {@link EnumMap}s, so it iterates best rating first.
 */
public record Kuadran(Map<Rating, Map<Rating, Predikat>> table) {

    public Kuadran {
        if (table == null) {
            throw new IllegalArgumentException("kuadran: table is required");
        }
        EnumMap<Rating, Map<Rating, Predikat>> rows = new EnumMap<>(Rating.class);
        for (Rating hasilKerja : Rating.values()) {
            Map<Rating, Predikat> row = table.get(hasilKerja);
            EnumMap<Rating, Predikat> copy = new EnumMap<>(Rating.class);
            for (Rating perilaku : Rating.values()) {
                Predikat p = row == null ? null : row.get(perilaku);
                if (p == null) {
                    throw new IllegalArgumentException("kuadran: no predikat for hasil kerja " + hasilKerja
                            + " and perilaku kerja " + perilaku);
                }
                copy.put(perilaku, p);
            }
            rows.put(hasilKerja, Collections.unmodifiableMap(copy));
        }
        table = Collections.unmodifiableMap(rows);
    }

    /** The table of PermenPAN-RB 6/2022 (domain.md, "Ratings and the kuadran"). */
    public static Kuadran national() {
        return new Kuadran(Map.of(
                DI_ATAS_EKSPEKTASI, Map.of(DI_BAWAH_EKSPEKTASI, KURANG, SESUAI_EKSPEKTASI, BAIK, DI_ATAS_EKSPEKTASI, SANGAT_BAIK),
                SESUAI_EKSPEKTASI, Map.of(DI_BAWAH_EKSPEKTASI, KURANG, SESUAI_EKSPEKTASI, BAIK, DI_ATAS_EKSPEKTASI, BAIK),
                DI_BAWAH_EKSPEKTASI, Map.of(DI_BAWAH_EKSPEKTASI, SANGAT_KURANG, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN,
                        DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN)));
    }

    /**
     * The predikat for a pair of ratings. For a pegawai who leads a unit, pass the rating that follows from
     * the unit's organisation predikat as {@code hasilKerja} (the caller's business, not this table's).
     */
    public Predikat predikat(Rating hasilKerja, Rating perilakuKerja) {
        if (hasilKerja == null || perilakuKerja == null) {
            throw new IllegalArgumentException("both ratings are required");
        }
        return table.get(hasilKerja).get(perilakuKerja);
    }

    /** A copy with one cell changed (used when a tenant file overrides single cells). */
    public Kuadran with(Rating hasilKerja, Rating perilakuKerja, Predikat predikat) {
        EnumMap<Rating, Map<Rating, Predikat>> rows = new EnumMap<>(Rating.class);
        table.forEach((r, row) -> rows.put(r, new EnumMap<>(row)));
        rows.get(hasilKerja).put(perilakuKerja, predikat);
        return new Kuadran(rows);
    }
}
