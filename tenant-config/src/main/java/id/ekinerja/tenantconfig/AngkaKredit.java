package id.ekinerja.tenantconfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Angka kredit (AK) of a jabatan fungsional from the predikat: {@code AK = share × annual coefficient} for a
 * year, {@code × months / 12} for a shorter period (domain.md, "Downstream conversions"). Tables, not
 * formulas in code, so a tenant can override a coefficient (Terampil and Pemula are marked "verify").
 *
 * <p><b>Arithmetic:</b> {@link BigDecimal} throughout; the exact product is rounded once, at the end, to
 * {@value #SCALE} decimals {@link RoundingMode#HALF_UP}. Why: every annual value of the national table is
 * exact at three decimals except Pemula at 75% and 25% (2.8125 → 2.813, 0.9375 → 0.938), and rounding only
 * once keeps a periodic value from drifting (12.5 × 100% × 1/12 = 1.041666… → 1.042). Consequence: twelve
 * monthly values need not add up to the annual value to the last decimal; compute a total over several
 * months with {@link #periodic} for the whole span instead of summing.
 *
 * @param sharePercent      predikat → share of the annual coefficient, in percent (Sangat Baik 150, …)
 * @param annualCoefficient jenjang (as in {@link TenantFileValidator#FUNGSIONAL_JENJANG}, e.g. "Ahli Muda") →
 *                          AK per year at a 100% share
 *
 * Both maps are copied and unmodifiable; completeness and ranges are checked by {@link TenantFileValidator}.
 */
public record AngkaKredit(Map<Predikat, Integer> sharePercent, Map<String, BigDecimal> annualCoefficient) {

    /** Decimals of every AK value returned. */
    public static final int SCALE = 3;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    public AngkaKredit {
        EnumMap<Predikat, Integer> shares = new EnumMap<>(Predikat.class);
        if (sharePercent != null) {
            shares.putAll(sharePercent);
        }
        sharePercent = Collections.unmodifiableMap(shares);
        annualCoefficient = Collections.unmodifiableMap(
                annualCoefficient == null ? new LinkedHashMap<>() : new LinkedHashMap<>(annualCoefficient));
    }

    /** Shares and coefficients of domain.md (Terampil 5 and Pemula 3.75 are marked "verify" there). */
    public static AngkaKredit national() {
        Map<Predikat, Integer> shares = Map.of(Predikat.SANGAT_BAIK, 150, Predikat.BAIK, 100,
                Predikat.BUTUH_PERBAIKAN, 75, Predikat.KURANG, 50, Predikat.SANGAT_KURANG, 25);
        Map<String, BigDecimal> coefficients = new LinkedHashMap<>();
        coefficients.put("Ahli Pertama", new BigDecimal("12.5"));
        coefficients.put("Ahli Muda", new BigDecimal("25"));
        coefficients.put("Ahli Madya", new BigDecimal("37.5"));
        coefficients.put("Ahli Utama", new BigDecimal("50"));
        coefficients.put("Pemula", new BigDecimal("3.75"));
        coefficients.put("Terampil", new BigDecimal("5"));
        coefficients.put("Mahir", new BigDecimal("12.5"));
        coefficients.put("Penyelia", new BigDecimal("25"));
        return new AngkaKredit(shares, coefficients);
    }

    /** The share in percent for a predikat. */
    public int share(Predikat predikat) {
        Integer share = sharePercent.get(predikat);
        if (share == null) {
            throw new IllegalStateException("no angka kredit share for " + predikat);
        }
        return share;
    }

    /**
     * The annual coefficient of a jenjang.
     *
     * @throws IllegalArgumentException for a jenjang not in the table (e.g. a pegawai who is not fungsional)
     */
    public BigDecimal coefficient(String jenjang) {
        BigDecimal c = jenjang == null ? null : annualCoefficient.get(jenjang);
        if (c == null) {
            throw new IllegalArgumentException("no angka kredit coefficient for jenjang '" + jenjang
                    + "'; known: " + String.join(", ", annualCoefficient.keySet()));
        }
        return c;
    }

    /** AK for a whole year: coefficient × share, {@value #SCALE} decimals. */
    public BigDecimal annual(Predikat predikat, String jenjang) {
        return coefficient(jenjang).multiply(BigDecimal.valueOf(share(predikat))).divide(HUNDRED, SCALE, ROUNDING);
    }

    /**
     * AK for a period of {@code months} (1–12), pro rata: coefficient × share × months / 12, rounded once.
     * E.g. a quarter is 3, a semester 6; 12 equals {@link #annual}.
     */
    public BigDecimal periodic(Predikat predikat, String jenjang, int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("months must be 1–12, not " + months);
        }
        return coefficient(jenjang).multiply(BigDecimal.valueOf((long) share(predikat) * months))
                .divide(TWELVE_HUNDRED, SCALE, ROUNDING);
    }
}
