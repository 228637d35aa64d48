package id.ekinerja.domain.model.penilaian;

import id.ekinerja.domain.model.skp.WindowKind;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RuleSet;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a predikat is worth downstream, from the tenant's rule set: the angka kredit of a jabatan fungsional
 * ({@link id.ekinerja.tenantconfig.AngkaKredit}: annual for the YEAR window, pro rata × months/12 for a periodic
 * one, months from {@link WindowKind#months()}). Empty for a pegawai who is not fungsional or whose jenjang is not
 * in the table (shown as "-" rather than failing the page).
 */
public final class Conversions {
    private Conversions() {
    }

    public static Optional<BigDecimal> angkaKredit(RuleSet rules, Predikat predikat, JabatanKind kind, String jenjang,
                                                   WindowKind window) {
        if (predikat == null || kind != JabatanKind.FUNGSIONAL || jenjang == null
                || !rules.angkaKredit().annualCoefficient().containsKey(jenjang)) {
            return Optional.empty();
        }
        return Optional.of(window == WindowKind.YEAR
                ? rules.angkaKredit().annual(predikat, jenjang)
                : rules.angkaKredit().periodic(predikat, jenjang, window.months()));
    }
}
