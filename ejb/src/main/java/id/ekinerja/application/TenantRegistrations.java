package id.ekinerja.application;

import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantLifecycleEvent;
import id.ekinerja.domain.model.tenant.TenantLifecycleEvent.Action;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.domain.model.tenant.TenantStatus;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Registry changes and their audit entries, each pair in one transaction. */
@Stateless
public class TenantRegistrations {
    @Inject
    TenantRegistry registry;

    @Inject
    Event<TenantLifecycleEvent> events;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(String code, String name, String schemaVersion, String actor) {
        registry.insert(code, name, schemaVersion);
        events.fire(new TenantLifecycleEvent(code, Action.CREATED, actor, name));
    }

    /** Suspends or resumes; a change to the status it already has is a no-op and is not audited. */
    public Tenant changeStatus(String code, TenantStatus status, String actor) {
        Tenant tenant = registry.find(code).orElseThrow(() -> new TenantNotFoundException(code));
        if (tenant.status() != status) {
            registry.setStatus(code, status);
            events.fire(new TenantLifecycleEvent(code,
                    status == TenantStatus.SUSPENDED ? Action.SUSPENDED : Action.RESUMED, actor, null));
        }
        return registry.find(code).orElseThrow();
    }
}
