package id.ekinerja.domain.model.tenant;

/** A suspended tenant keeps its data but nobody can use it until it is resumed. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
