package id.ekinerja.interfaces.web.settings;

import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.domain.model.settings.SettingsLogo;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An uploaded agency logo: {@code GET /t/{tenant}/logo?v={id}}. Reached only through the tenant filter's forward,
 * so only the agency's signed-in members get it, and the id is looked up in that agency's schema (another agency's
 * id: 404). The bytes behind an id never change ({@link SettingsLogo}), so the browser may keep them: a long private
 * max-age, the SHA-256 as ETag (a revalidation answers 304), the type detected at upload and {@code nosniff}.
 */
@WebServlet("/tenant/logo")
public class LogoServlet extends HttpServlet {
    @EJB
    AgencySettings agencySettings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("v"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SettingsLogo logo = agencySettings.logo(id).orElse(null);
        if (logo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + logo.getSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(etag) || match.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = logo.getContent();
        response.setContentType(logo.getMediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
