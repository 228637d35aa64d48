package id.ekinerja.interfaces.web.security;

/** The OIDC client settings, from the system properties the launcher (or the operator) gives WildFly. */
public final class OidcSettings {
    private OidcSettings() {
    }

    /** e.g. {@code http://127.0.0.1:28180/realms/ekinerja} */
    public static String providerUrl() {
        return System.getProperty("ekinerja.oidc.provider-url", "http://127.0.0.1:28180/realms/ekinerja");
    }

    public static String clientId() {
        return System.getProperty("ekinerja.oidc.client-id", "ekinerja-web");
    }
}
