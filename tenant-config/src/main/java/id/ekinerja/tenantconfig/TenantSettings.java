package id.ekinerja.tenantconfig;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings an agency may change. Validated by {@link TenantFileValidator}; after bootstrap the
 * admin instansi edits them in the app and they are versioned in the tenant schema.
 *
 * @param locale                 default UI language, {@code id} or {@code en}
 * @param logo                   optional logo path or URL, may be {@code null}
 * @param evaluationScheme       periodic evaluation scheme
 * @param annualPeriodYear       the annual period open for SKP drafting
 * @param extraBehaviourExpectations expectations on top of BerAKHLAK (never instead of it)
 * @param distributionRounding   how shares of the distribution curve are rounded for small units
 * @param tunjanganSharePercent  predikat → share of tunjangan kinerja paid, in percent
 *
 * The list and the map are copied and unmodifiable ({@code null} becomes empty); the map iterates in
 * {@link Predikat} order, best first.
 */
public record TenantSettings(
        String locale,
        String logo,
        EvaluationScheme evaluationScheme,
        int annualPeriodYear,
        List<BehaviourExpectation> extraBehaviourExpectations,
        RoundingRule distributionRounding,
        Map<Predikat, Integer> tunjanganSharePercent) {

    public TenantSettings {
        extraBehaviourExpectations = extraBehaviourExpectations == null ? List.of() : List.copyOf(extraBehaviourExpectations);
        // EnumMap, not Map.copyOf: stable order, and a missing predikat is left for the validator to report.
        EnumMap<Predikat, Integer> copy = new EnumMap<>(Predikat.class);
        if (tunjanganSharePercent != null) {
            copy.putAll(tunjanganSharePercent);
        }
        tunjanganSharePercent = Collections.unmodifiableMap(copy);
    }

    /** Percentage of the tunjangan kinerja paid for this predikat. */
    public int tunjanganShare(Predikat predikat) {
        Integer share = tunjanganSharePercent.get(predikat);
        if (share == null) {
            throw new IllegalStateException("no tunjangan share for " + predikat);
        }
        return share;
    }
}
