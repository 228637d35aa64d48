package id.ekinerja.interfaces.web.penilaian;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views.Dekp;
import id.ekinerja.application.security.Actor;
import id.ekinerja.interfaces.web.pdf.PdfDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.util.ResourceBundle;

/**
 * The DEKP as a PDF download: {@code /t/{tenant}/penilaian/dekp-pdf?id=…}, reached only through the tenant
 * filter's forward (as the SKP PDF); the service checks that the signed-in person may read the result.
 */
@WebServlet("/tenant/penilaian/dekp-pdf")
public class DekpPdfServlet extends PdfDownloadServlet<Dekp> {
    private static final long serialVersionUID = 1L;

    @EJB
    PenilaianService penilaian;

    @Override
    protected Dekp load(Actor actor, long id) {
        return penilaian.dekp(actor, id);
    }

    @Override
    protected byte[] render(Dekp doc, ResourceBundle messages) {
        return DekpPdf.render(doc, messages);
    }

    @Override
    protected String fileName(Dekp doc) {
        return "DEKP-" + doc.window() + "-" + doc.pegawai().nip() + ".pdf";
    }
}
