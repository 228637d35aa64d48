package id.ekinerja.infrastructure.tenancy;

/** Tenant data was touched with no tenant selected: a programming error, never a reason to pick a default. */
public class NoTenantException extends IllegalStateException {
    public NoTenantException() {
        super("No tenant selected for this unit of work; tenant data cannot be accessed");
    }
}
