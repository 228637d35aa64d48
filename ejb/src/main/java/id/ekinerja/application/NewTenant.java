package id.ekinerja.application;

/** What the platform operator types to create a tenant. */
public record NewTenant(String code, String name, String adminNip, String adminName, String adminEmail) {
}
