package id.ekinerja.application;

/**
 * The result of creating a tenant. {@code initialPassword} is shown once to the operator when a new account
 * was made for the admin (they must replace it at first sign-in); it is {@code null} when the admin already
 * had an account in another agency and only gained membership.
 */
public record CreatedTenant(String code, String adminUsername, String initialPassword) implements java.io.Serializable {
}
