package id.ekinerja.infrastructure.keycloak;

/** Keycloak refused or could not be reached; {@code status} is the HTTP status, 0 when there was none. */
public class KeycloakException extends RuntimeException {
    private final int status;

    public KeycloakException(String message, int status) {
        super(message);
        this.status = status;
    }

    public KeycloakException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}
