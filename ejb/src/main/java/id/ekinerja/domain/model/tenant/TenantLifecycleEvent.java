package id.ekinerja.domain.model.tenant;

/** Fired when a tenant is created, suspended, resumed, backed up or restored; the platform audit listens. */
public record TenantLifecycleEvent(String tenantCode, Action action, String actor, String detail) {
    public enum Action {
        CREATED, SUSPENDED, RESUMED, CREATION_FAILED, BACKED_UP, RESTORED
    }
}
