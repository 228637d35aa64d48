package id.ekinerja.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses (403) a state-changing request that a browser says comes from another site's page: its {@code Origin}
 * header names another host than the request's. Page state is kept in the page (client-side Faces state), so the
 * session no longer holds an unguessable per-page token; a form posted from an attacker's page must be refused here
 * (the session cookie is SameSite=Lax too). Requests without {@code Origin} (API clients, old browsers' same-origin
 * posts) pass: browsers send it on every cross-origin post.
 */
public class SameOriginPostFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !isSafe(request.getMethod()) && !sameOrigin(origin, request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /** Scheme, host and port of the Origin header against the request's own (as the client addressed it). */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin.trim());
            if (o.getScheme() == null || o.getHost() == null) {
                return false; // "null" (sandboxed or privacy-sensitive contexts) counts as foreign
            }
            int port = o.getPort() >= 0 ? o.getPort() : ("https".equalsIgnoreCase(o.getScheme()) ? 443 : 80);
            return o.getScheme().equalsIgnoreCase(request.getScheme())
                    && o.getHost().toLowerCase(Locale.ROOT).equals(request.getServerName().toLowerCase(Locale.ROOT))
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
