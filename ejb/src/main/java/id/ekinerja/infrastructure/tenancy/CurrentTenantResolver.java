package id.ekinerja.infrastructure.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate the tenant of the current session; instantiated by Hibernate itself (no injection). */
public class CurrentTenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.require();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        // a session opened for one tenant must never be reused for another
        return true;
    }
}
