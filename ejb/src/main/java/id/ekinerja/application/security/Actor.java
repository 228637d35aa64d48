package id.ekinerja.application.security;

import java.util.Objects;

/**
 * The signed-in person calling a service, identified by the Keycloak username (their NIP). Passed explicitly
 * from the interface layer so services never guess who is acting; the tenant is the current
 * {@link id.ekinerja.infrastructure.tenancy.TenantContext}.
 */
public record Actor(String username) implements java.io.Serializable {
    public Actor {
        Objects.requireNonNull(username, "username");
    }
}
