package id.ekinerja.tenantconfig;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes settings in the same shape as the {@code settings} object of a tenant file, so a stored settings
 * version and a bootstrap file are read by one parser.
 */
public final class SettingsJson {
    private SettingsJson() {
    }

    public static String toJson(TenantSettings s) {
        JsonArrayBuilder extras = Json.createArrayBuilder();
        for (BehaviourExpectation e : s.extraBehaviourExpectations()) {
            extras.add(Json.createObjectBuilder().add("title", e.title()).add("description", e.description()));
        }
        JsonObjectBuilder shares = Json.createObjectBuilder();
        for (Predikat p : Predikat.values()) {
            Integer share = s.tunjanganSharePercent().get(p);
            if (share != null) {
                shares.add(p.name(), share);
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("locale", s.locale())
                .add("evaluationScheme", s.evaluationScheme().name())
                .add("annualPeriodYear", s.annualPeriodYear())
                .add("extraBehaviourExpectations", extras)
                .add("distributionRounding", s.distributionRounding().name())
                .add("tunjanganSharePercent", shares);
        if (s.logo() == null) {
            json.addNull("logo");
        } else {
            json.add("logo", s.logo());
        }
        return json.build().toString();
    }

    /**
     * Reads settings written by {@link #toJson} (or a tenant file's {@code settings} object) and validates them.
     *
     * @param source names the document in errors
     * @throws InvalidTenantFileException naming source, field and reason
     */
    public static TenantSettings fromJson(String source, String json) {
        return TenantFiles.readSettings(source, json);
    }
}
