package id.ekinerja.interfaces.web.penilaian;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views.Dekp;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The DEKP as a PDF download: {@code /t/{tenant}/penilaian/dekp-pdf?id=…}, reached only through the tenant
 * filter's forward (as the SKP PDF); the service checks that the signed-in person may read the result.
 */
@WebServlet("/tenant/penilaian/dekp-pdf")
public class DekpPdfServlet extends HttpServlet {
    @EJB
    PenilaianService penilaian;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Dekp doc;
        try {
            doc = penilaian.dekp(new Actor(request.getUserPrincipal().getName()), id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "error.403");
            return;
        }
        Locale locale = request.getHeader("Accept-Language") != null && request.getLocale() != null
                && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        byte[] bytes = DekpPdf.render(doc, ResourceBundle.getBundle("id.ekinerja.web.messages", locale));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"DEKP-" + doc.window().replace(' ', '-')
                + "-" + doc.pegawai().nip() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
