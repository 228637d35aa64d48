package id.ekinerja.domain.model.tenant;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An agency in the registry. Created ACTIVE once its schema is migrated and its Keycloak organization
 * exists; may be suspended and resumed; never renamed to another code.
 */
public record Tenant(String code, String name, String schemaName, TenantStatus status, String schemaVersion,
                     OffsetDateTime createdAt) implements java.io.Serializable {

    public Tenant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
