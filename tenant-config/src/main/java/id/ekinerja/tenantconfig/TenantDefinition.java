package id.ekinerja.tenantconfig;

/**
 * One agency as described by a tenant file: its code (also the Keycloak organization alias and the
 * path segment in {@code /t/{code}/}), its display name, its settings and, for bootstrap, its organisation.
 */
public record TenantDefinition(String code, String name, TenantSettings settings, Organisation organisation) {
}
