package id.ekinerja.interfaces.web.security;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * Supplies the OIDC client configuration. A resolver (rather than {@code WEB-INF/oidc.json}) because
 * WildFly 39 refuses {@code scope} in oidc.json at default stability, and we need the scope
 * {@code organization:*} for the organization claim; it also lets the provider URL come from a system
 * property. It runs for every request, static resources included: it builds the configuration once and
 * never throws.
 */
public class OidcConfigResolver implements OidcClientConfigurationResolver {
    /** Paths answered to bearer tokens only: no browser redirects, no sessions. */
    static final String API_PREFIX = "/api/";

    private volatile OidcClientConfiguration browser;
    private volatile OidcClientConfiguration api;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        String path = request.getRelativePath();
        if (path != null && path.startsWith(API_PREFIX)) {
            OidcClientConfiguration c = api;
            if (c == null) {
                c = build(true);
                api = c;
            }
            return c;
        }
        OidcClientConfiguration c = browser;
        if (c == null) {
            c = build(false);
            browser = c;
        }
        return c;
    }

    // building twice in a race is harmless: both results are equal and immutable in use
    private static OidcClientConfiguration build(boolean bearerOnly) {
        var json = Json.createObjectBuilder()
                .add("provider-url", OidcSettings.providerUrl())
                .add("client-id", OidcSettings.clientId())
                .add("public-client", true)
                .add("ssl-required", "none")
                .add("principal-attribute", "preferred_username")
                .add("enable-pkce", true)
                .add("scope", "organization:*");
        if (bearerOnly) {
            json.add("bearer-only", true);
        }
        byte[] bytes = json.build().toString().getBytes(StandardCharsets.UTF_8);
        return new Builder().build(bytes);
    }

    /** Builds a {@link SignInAwareConfiguration} instead of the plain configuration (same JSON, same rules). */
    private static final class Builder extends OidcClientConfigurationBuilder {
        Builder() {
            oidcClientConfiguration = new SignInAwareConfiguration();
        }

        OidcClientConfiguration build(byte[] json) {
            return internalBuild(loadOidcJsonConfiguration(new ByteArrayInputStream(json)));
        }
    }

    /**
     * Sends a browser that must sign in to the application's "sign-in unavailable" page instead of Keycloak's
     * login page while Keycloak does not answer: the browser would otherwise show its own "site can't be
     * reached" error. Signed-in users are not affected (their session is checked without Keycloak until their
     * tokens end), and the next sign-in after Keycloak is back goes to Keycloak again (checked every 3 s).
     */
    static final class SignInAwareConfiguration extends OidcClientConfiguration {
        static final String UNAVAILABLE_PATH = "/signin-unavailable";

        @Override
        public String getAuthUrl() {
            if (!KeycloakAvailability.up()) {
                return id.ekinerja.infrastructure.mail.PublicUrl.base() + UNAVAILABLE_PATH;
            }
            return super.getAuthUrl();
        }
    }
}
