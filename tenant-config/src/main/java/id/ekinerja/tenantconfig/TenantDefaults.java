package id.ekinerja.tenantconfig;

import java.util.List;
import java.util.Map;

/** Settings of a tenant created from the platform console, before its admin changes anything. */
public final class TenantDefaults {
    private TenantDefaults() {
    }

    public static TenantSettings settings(int year) {
        return new TenantSettings("id", null, EvaluationScheme.QUARTERLY, year, List.of(),
                RoundingRule.FLOOR_MAX_CEIL_MIN,
                Map.of(Predikat.SANGAT_BAIK, 100, Predikat.BAIK, 100, Predikat.BUTUH_PERBAIKAN, 90,
                        Predikat.KURANG, 85, Predikat.SANGAT_KURANG, 80));
    }
}
