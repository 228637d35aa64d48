package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import id.ekinerja.interfaces.web.Language;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The SKP as a PDF download: {@code /t/{tenant}/skp/pdf?id=…}. Reached only through the tenant filter's
 * forward (the direct path is refused by the page guard), so the tenant is resolved and checked; the service
 * checks that the signed-in person may read this SKP.
 */
@WebServlet("/tenant/skp/pdf")
public class SkpPdfServlet extends HttpServlet {
    @EJB
    SkpService skp;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SkpDocument doc;
        try {
            doc = skp.view(new Actor(request.getUserPrincipal().getName()), id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "error.403");
            return;
        }
        // The language the person chose for the pages (Bahasa Indonesia unless they switched).
        Locale locale = Language.of(request);
        byte[] bytes = SkpPdf.render(doc, ResourceBundle.getBundle("id.ekinerja.web.messages", locale));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"SKP-" + doc.year() + "-" + doc.pegawai().nip()
                + "-rev" + doc.revision() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
