package id.ekinerja.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites (clickjacking), no full URLs
 * (which hold tenant codes and ids) leaked to other sites. A script-src policy needs PrimeFaces' nonce mode
 * and is left to the security work that can test every page under it.
 * <p>
 * Declared in web.xml, not by annotation: filters mapped only by annotations run in no defined order, and the
 * tenant filters answer most requests themselves (forward to the shared page, or a 403/404) without passing
 * them down the chain, so a headers filter that ran after them never ran at all on agency pages and the API.
 */
public class SecurityHeadersFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on a response; for code that resets a response (a download sent from a Faces action:
     * {@code reset()} clears every header, these included) and must put them back.
     */
    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
