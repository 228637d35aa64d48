package id.ekinerja.tenantconfig;

/**
 * One agency as described by a tenant file: its code (also the Keycloak organization alias and the
 * path segment in {@code /t/{code}/}), its display name, its settings, for bootstrap its organisation, and the
 * {@link RuleSet} its evaluations use ({@link RuleSet#national()} unless the file overrides parts in
 * {@code "rules"}; {@code null} is read as national).
 */
public record TenantDefinition(String code, String name, TenantSettings settings, Organisation organisation,
                               RuleSet rules) {

    public TenantDefinition {
        if (rules == null) {
            rules = RuleSet.national();
        }
    }

    /** A tenant on the national rules (files without {@code "rules"}, tenants created from the console). */
    public TenantDefinition(String code, String name, TenantSettings settings, Organisation organisation) {
        this(code, name, settings, organisation, null);
    }
}
