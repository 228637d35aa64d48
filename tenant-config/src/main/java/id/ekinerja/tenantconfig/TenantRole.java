package id.ekinerja.tenantconfig;

/**
 * Roles inside one tenant, kept in the tenant's own data (not in Keycloak). PPK and atasan PPK are not
 * roles: they follow from who is whose superior.
 */
public enum TenantRole {
    ADMIN_INSTANSI, PENGELOLA_KINERJA
}
