package id.ekinerja.interfaces.web.pdf;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.interfaces.web.Language;
import id.ekinerja.interfaces.web.Messages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * A document of the current tenant as a PDF download ({@code ?id=…}), reached only through the tenant filter's
 * forward. One place for what every such download does: a malformed id is 404, a refusal by the service 403, the
 * language is the one the person chose for the pages, and the file is never cached.
 *
 * @param <D> the document the service returns after checking the signed-in person may read it
 */
public abstract class PdfDownloadServlet<D> extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Loads the document for the actor; the service throws {@link AccessDeniedException} when they may not read it. */
    protected abstract D load(Actor actor, long id);

    protected abstract byte[] render(D document, ResourceBundle messages);

    /** The attachment's file name (ASCII, no quotes). */
    protected abstract String fileName(D document);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        D document;
        try {
            document = load(new Actor(request.getUserPrincipal().getName()), id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "error.403");
            return;
        }
        byte[] bytes = render(document, ResourceBundle.getBundle(Messages.BUNDLE, Language.of(request)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + fileName(document).replaceAll("[^A-Za-z0-9._-]", "-") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
