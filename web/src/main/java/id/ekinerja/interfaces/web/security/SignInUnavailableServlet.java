package id.ekinerja.interfaces.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a browser that must sign in lands while Keycloak does not answer (see
 * {@link OidcConfigResolver.SignInAwareConfiguration}): the error page with status 503 and a message saying
 * that signing in is briefly unavailable, that signed-in pages keep working, and to try again shortly.
 */
@WebServlet(OidcConfigResolver.SignInAwareConfiguration.UNAVAILABLE_PATH)
public class SignInUnavailableServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "error.signin");
        request.getRequestDispatcher("/error").forward(request, response);
    }
}
