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
    private volatile OidcClientConfiguration configuration;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        OidcClientConfiguration c = configuration;
        if (c == null) {
            synchronized (this) {
                c = configuration;
                if (c == null) {
                    c = build();
                    configuration = c;
                }
            }
        }
        return c;
    }

    private static OidcClientConfiguration build() {
        String json = Json.createObjectBuilder()
                .add("provider-url", OidcSettings.providerUrl())
                .add("client-id", OidcSettings.clientId())
                .add("public-client", true)
                .add("ssl-required", "none")
                .add("principal-attribute", "preferred_username")
                .add("enable-pkce", true)
                .add("scope", "organization:*")
                .build().toString();
        return OidcClientConfigurationBuilder.build(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
