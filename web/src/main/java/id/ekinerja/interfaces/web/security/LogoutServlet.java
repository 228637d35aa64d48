package id.ekinerja.interfaces.web.security;

import id.ekinerja.infrastructure.tenancy.TenantCode;
import id.ekinerja.interfaces.web.tenancy.SignedInUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs out of the application and of Keycloak: ends the HTTP session, then sends the browser to the
 * realm's end-session endpoint with the ID token as hint (no confirmation page), which returns it to the
 * tenant's home, i.e. to the Keycloak login.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInUser user = SignedInUser.of(request);
        String tenant = request.getParameter("tenant");
        String back = baseUrl(request) + (TenantCode.isWellFormed(tenant) ? "/t/" + tenant + "/" : "/");

        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException ignored) {
            // the session is gone already; nothing else holds the identity
        }
        if (user == null || user.idToken() == null) {
            response.sendRedirect(back);
            return;
        }
        response.sendRedirect(OidcSettings.providerUrl() + "/protocol/openid-connect/logout"
                + "?client_id=" + enc(OidcSettings.clientId())
                + "&post_logout_redirect_uri=" + enc(back)
                + "&id_token_hint=" + enc(user.idToken()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
