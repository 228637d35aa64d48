package id.ekinerja.domain.model.tenant;

/** Fired when a tenant is created, suspended or resumed; the platform audit listens. */
public record TenantLifecycleEvent(String tenantCode, Action action, String actor, String detail) {
    public enum Action {
        CREATED, SUSPENDED, RESUMED, CREATION_FAILED
    }
}
