package id.ekinerja.application;

import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantLifecycleEvent;
import id.ekinerja.domain.model.tenant.TenantLifecycleEvent.Action;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.domain.model.tenant.TenantStatus;
import id.ekinerja.infrastructure.tenancy.TenantCopies;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Registry changes and their audit entries, each pair in one transaction. */
@Stateless
public class TenantRegistrations {
    @Inject
    TenantRegistry registry;

    @Inject
    Event<TenantLifecycleEvent> events;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(String code, String name, String schemaVersion, String actor) {
        registry.insert(code, name, schemaVersion);
        events.fire(new TenantLifecycleEvent(code, Action.CREATED, actor, name));
    }

    /**
     * A restore's registry row (when the tenant is new) and its audit entry, in one transaction: the tenant
     * becomes reachable only once its data and memberships are in place.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void restored(String code, String name, String schemaVersion, boolean isNew, String actor, String detail) {
        if (isNew) {
            registry.insert(code, name, schemaVersion);
        }
        // the restored settings and open year show at once, not after the copies' time runs out
        TenantCopies.forgetTenant(transactions, code);
        events.fire(new TenantLifecycleEvent(code, Action.RESTORED, actor, detail));
    }

    /** An audit entry saying who took a backup of which tenant. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void backedUp(String code, String actor, String detail) {
        events.fire(new TenantLifecycleEvent(code, Action.BACKED_UP, actor, detail));
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
