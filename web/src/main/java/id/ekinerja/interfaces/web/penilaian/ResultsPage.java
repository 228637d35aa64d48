package id.ekinerja.interfaces.web.penilaian;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views.Dekp;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.penilaian.Keberatan;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.skp.SkpFaces;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code penilaian/my.xhtml}: the pegawai's results of the year (predikat, angka kredit, tunjangan share) and
 * {@code penilaian/dekp.xhtml?id=}: one Dokumen Evaluasi Kinerja Pegawai with the PDF link and, for the pegawai
 * within 14 days of an annual result, the keberatan form.
 */
@Named
@ViewScoped(saveInViewState = true)
public class ResultsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PenilaianService penilaian;

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Long id;
    private int year;
    private List<Dekp> results = List.of();
    private Dekp doc;
    private String reasons;

    public void loadMine() {
        year = skp.currentYear().orElse(WorkCalendar.today().getYear());
        List<Dekp> r = SkpFaces.attempt(() -> penilaian.myResults(user.getActor(), year));
        results = r == null ? List.of() : r;
    }

    public void loadDoc() {
        if (id == null) {
            FacesMessages.error("pen.access.notFound");
            return;
        }
        doc = SkpFaces.attempt(() -> penilaian.dekp(user.getActor(), id));
    }

    public void fileKeberatan() {
        Keberatan k = SkpFaces.attempt(() -> penilaian.fileKeberatan(user.getActor(), id, reasons));
        if (k != null) {
            FacesMessages.info("pen.keberatan.filed");
            reasons = null;
            loadDoc();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getYear() {
        return year;
    }

    public List<Dekp> getResults() {
        return results;
    }

    public Dekp getDoc() {
        return doc;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
