package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.interfaces.web.pdf.PdfDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.util.ResourceBundle;

/**
 * The SKP as a PDF download: {@code /t/{tenant}/skp/pdf?id=…}. Reached only through the tenant filter's
 * forward (the direct path is refused by the page guard), so the tenant is resolved and checked; the service
 * checks that the signed-in person may read this SKP.
 */
@WebServlet("/tenant/skp/pdf")
public class SkpPdfServlet extends PdfDownloadServlet<SkpDocument> {
    private static final long serialVersionUID = 1L;

    @EJB
    SkpService skp;

    @Override
    protected SkpDocument load(Actor actor, long id) {
        return skp.view(actor, id);
    }

    @Override
    protected byte[] render(SkpDocument doc, ResourceBundle messages) {
        return SkpPdf.render(doc, messages);
    }

    @Override
    protected String fileName(SkpDocument doc) {
        return "SKP-" + doc.year() + "-" + doc.pegawai().nip() + "-rev" + doc.revision() + ".pdf";
    }
}
