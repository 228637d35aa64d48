package id.ekinerja.tenantconfig;

/**
 * The rule data a tenant's evaluations are computed with, under one version id: the {@link Kuadran}, the
 * {@link DistributionCurve} and the {@link AngkaKredit} tables. Rules are data, not literals in code, so that
 * (a) a tenant can override parts of them in its tenant file ({@code "rules"}, see the module README and
 * {@link RuleSetJson}), and (b) a stored result can name the version of the rules it was computed under,
 * which is why an overridden rule set must carry its own {@link #version()}.
 *
 * <p>How a curve percentage becomes a head count is not part of the rule set: it is the tenant setting
 * {@link TenantSettings#distributionRounding()}, passed to {@link DistributionCurve#check}.
 *
 * @param version           e.g. {@value #NATIONAL_VERSION}; a tenant override uses its own, e.g.
 *                          {@code "kpu-dki/2026-1"}
 * @param kuadran           ratings → employee predikat
 * @param distributionCurve organisation predikat → constraints on the employee predikat of the unit
 * @param angkaKredit       predikat and jenjang → angka kredit
 */
public record RuleSet(String version, Kuadran kuadran, DistributionCurve distributionCurve, AngkaKredit angkaKredit) {

    /** Version of {@link #national()}: the SE MenPAN-RB 03/2023 curve with the PermenPAN-RB 6/2022 kuadran. */
    public static final String NATIONAL_VERSION = "SE-MENPANRB-03-2023/v1";

    public RuleSet {
        if (kuadran == null || distributionCurve == null || angkaKredit == null) {
            throw new IllegalArgumentException("rule set " + version + ": kuadran, curve and angka kredit are required");
        }
    }

    /** The national defaults, used by every tenant whose file has no {@code "rules"}. */
    public static RuleSet national() {
        return new RuleSet(NATIONAL_VERSION, Kuadran.national(), DistributionCurve.national(), AngkaKredit.national());
    }

    /** {@code true} if the tables (not the version id) equal the national ones. */
    public boolean hasNationalTables() {
        RuleSet n = national();
        return kuadran.equals(n.kuadran) && distributionCurve.equals(n.distributionCurve)
                && angkaKredit.equals(n.angkaKredit);
    }
}
