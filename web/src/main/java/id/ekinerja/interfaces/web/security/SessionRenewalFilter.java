package id.ekinerja.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * A new session id once a user is signed in (session fixation): the OIDC sign-in kept the session that existed
 * before it, so an id planted in a victim's browser (any anonymous page opens a Faces session) became a signed-in
 * session the planter also held. On the first request of a signed-in user in a session, the id is changed (the
 * attributes, the OIDC tokens among them, stay) and the session remembers for whom it was renewed. Declared in
 * web.xml before the tenant filters, which end most requests themselves.
 * <p>
 * At the same moment the session lets go of the sign-in request: WildFly's OIDC client keeps, in the security context
 * it stores in the session, the token store of the request that signed in, and with it that request's whole exchange
 * (headers, cookies, buffers: several KB per signed-in session, for the session's life). The store is only used to
 * re-save the account after a token refresh, which an in-memory session does not need: the refresh updates the
 * context the session already holds.
 */
public class SessionRenewalFilter extends HttpFilter {
    static final String RENEWED_FOR = SessionRenewalFilter.class.getName() + ".user";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && !user.getName().equals(session.getAttribute(RENEWED_FOR))) {
            request.changeSessionId();
            session.setAttribute(RENEWED_FOR, user.getName());
            if (user instanceof OidcPrincipal<?> oidc
                    && oidc.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context) {
                context.setCurrentRequestInfo(context.getOidcClientConfiguration(), null);
            }
        }
        chain.doFilter(request, response);
    }
}
