package id.ekinerja.domain.model.tenant;

import jakarta.ejb.ApplicationException;

@ApplicationException
public class TenantNotFoundException extends RuntimeException {
    public TenantNotFoundException(String code) {
        super("Unknown tenant: " + code);
    }
}
