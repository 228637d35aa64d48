package id.ekinerja.interfaces.web.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * What Keycloak says about the signed-in person: the username (their NIP) and the aliases of the
 * organizations (tenants) they belong to. Which tenants exist and are active is the registry's business.
 */
public record SignedInUser(String username, Set<String> organizations, String idToken) {
    static final String ORGANIZATION_CLAIM = "organization";

    public static SignedInUser of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (!(principal instanceof OidcPrincipal<?> oidc)) {
            return null;
        }
        var context = oidc.getOidcSecurityContext();
        Set<String> organizations = new TreeSet<>();
        organizations.addAll(aliases(context.getToken()));
        organizations.addAll(aliases(context.getIDToken()));
        return new SignedInUser(principal.getName(), Set.copyOf(organizations), context.getIDTokenString());
    }

    public boolean belongsTo(String tenant) {
        return organizations.contains(tenant);
    }

    /** The claim is a list of aliases, or a map keyed by alias when the mapper adds ids or attributes. */
    private static Collection<String> aliases(JsonWebToken token) {
        if (token == null || !token.hasClaim(ORGANIZATION_CLAIM)) {
            return List.of();
        }
        Object claim = token.getClaimValue(ORGANIZATION_CLAIM);
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
