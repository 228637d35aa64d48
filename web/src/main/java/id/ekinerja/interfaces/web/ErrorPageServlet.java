package id.ekinerja.interfaces.web;

import id.ekinerja.interfaces.web.security.SecurityHeadersFilter;
import id.ekinerja.interfaces.web.tenancy.SignedInUser;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Every error the container handles ends here and becomes a short page in the user's language: what went
 * wrong, where they can go instead. Never a stack trace. A plain servlet, so it works even when the failure
 * was in Faces itself.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttr = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttr instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object messageAttr = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String key = messageAttr instanceof String m && m.startsWith("error.") ? m : "error." + status;
        if (status >= 500 && !"error.signin".equals(key)) {
            key = "error.500";
        }
        Locale locale = Language.of(request);
        // the database unreachable (restart, fail-over): nothing was changed and repeating the request will
        // work in a few seconds, so say exactly that, with 503 and Retry-After for scripts and proxies
        if (Outages.databaseUnavailable((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            key = "error.503";
            response.setHeader("Retry-After", "5");
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri instanceof String u && u.startsWith(request.getContextPath() + "/api/")) {
                Locale apiLocale = Messages.supported(request.getLocale());
                response.setStatus(status);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", "api.unavailable")
                        .add("message", Messages.get(apiLocale, "api.unavailable")).build().toString());
                return;
            }
        }
        String title = Messages.get(locale, key + ".title");
        if (title.endsWith(".title")) {
            key = status == 403 ? "error.403" : status >= 500 ? "error.500" : "error.404";
            title = Messages.get(locale, key + ".title");
        }
        String ctx = request.getContextPath();
        SignedInUser user = SignedInUser.of(request);

        response.setStatus(status);
        // after an uncaught exception the container reset the response, taking the security headers with it
        SecurityHeadersFilter.apply(response);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.printf("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>%s · e-Kinerja</title><link rel=\"stylesheet\" href=\"%s/resources/css/app.css\"></head>"
                + "<body class=\"error-page\"><main class=\"error-box\" id=\"error-%d\"><h1>%s</h1><p>%s</p>",
                locale.getLanguage(), Html.escape(title), ctx, status, Html.escape(title),
                Html.escape(Messages.get(locale, key + ".detail")));
        if (user != null && !user.organizations().isEmpty()) {
            out.printf("<p>%s</p><ul>", Html.escape(Messages.get(locale, "error.yourAgencies")));
            for (String tenant : user.organizations()) {
                out.printf("<li><a href=\"%s/t/%s/\">%s</a></li>", ctx, Html.escape(tenant), Html.escape(tenant));
            }
            out.print("</ul>");
        }
        out.printf("<p><a href=\"%s/\">%s</a>", ctx, Html.escape(Messages.get(locale, "error.toStart")));
        if (user != null) {
            out.printf(" · <a id=\"logout\" href=\"%s/logout\">%s</a>", ctx, Html.escape(Messages.get(locale, "nav.logout")));
        }
        out.print("</p></main></body></html>");
    }
}
