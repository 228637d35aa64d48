package id.ekinerja.application.activity;

/**
 * Something a person did in a tenant, fired as a CDI event by the service that did it and recorded in the
 * same transaction: the log has an entry exactly when the change happened.
 */
public record TenantActivity(String actor, String action, String entity, String entityId, String detail) {
}
