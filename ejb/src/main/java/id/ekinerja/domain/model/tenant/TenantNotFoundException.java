package id.ekinerja.domain.model.tenant;

public class TenantNotFoundException extends RuntimeException {
    public TenantNotFoundException(String code) {
        super("Unknown tenant: " + code);
    }
}
