package id.ekinerja.interfaces.web.pelaksanaan;

import id.ekinerja.application.pelaksanaan.PelaksanaanService;
import id.ekinerja.application.pelaksanaan.PelaksanaanView;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.skp.SkpFaces;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.CoreValue;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backing bean of pelaksanaan/my.xhtml: one pegawai's work in one periodic window ({@code ?window=}), their own
 * ({@code nip} absent) or a subordinate's ({@code ?nip=}, for the PPK, the atasan PPK and the admin instansi).
 * Typed text is kept in maps keyed by RHK id, so a refused input (closed window, bad file) leaves what the
 * person typed on the page and what was saved before in the database.
 */
@Named
@ViewScoped(saveInViewState = true)
public class PelaksanaanPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PelaksanaanService pelaksanaan;

    @EJB
    EvaluationWindows evaluationWindows;

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private String nip;
    private Long window;
    private Integer year;
    private transient PelaksanaanView view;
    private transient boolean loaded; // once per request after deserialisation: a refusal is reported once
    private transient List<EvaluationWindow> windows;
    private final Map<Long, String> aksi = new HashMap<>();
    private final Map<Long, String> realisasi = new HashMap<>();
    private final Map<Long, String> link = new HashMap<>();
    private final Map<Long, String> feedback = new HashMap<>();
    private final Map<String, String> valueFeedback = new HashMap<>();
    private transient Map<Long, Part> files;
    private String pengembangan;

    public void load() {
        if (window != null) {
            EvaluationWindow w = SkpFaces.attempt(() -> evaluationWindows.window(window));
            year = w == null ? null : w.getYear();
            if (w == null) {
                window = null;
            }
        }
        if (year == null) {
            year = skp.currentYear().orElse(null);
        }
        if (year != null && window == null) {
            window = evaluationWindows.currentPeriodic(year).map(EvaluationWindow::getId).orElse(null);
        }
        refresh();
    }

    private void refresh() {
        loaded = true;
        view = window == null ? null : SkpFaces.attempt(() -> pelaksanaan.view(user.getActor(), nip, window));
        if (view != null) {
            view.rhk().forEach(r -> realisasi.putIfAbsent(r.rhkId(), r.realisasi()));
        }
    }

    public PelaksanaanView getView() {
        if (!loaded) {
            refresh();
        }
        return view;
    }

    public List<EvaluationWindow> getWindows() {
        if (windows == null) {
            windows = year == null ? List.of() : pelaksanaan.periodicWindows(year);
        }
        return windows;
    }

    /** The window's closed message in the page's language, or null when open. */
    public String getClosedMessage() {
        PelaksanaanView v = getView();
        return v == null || v.closedKey() == null ? null : FacesMessages.text(v.closedKey(), v.closedArgs());
    }

    public String getUploadHelp() {
        return FacesMessages.text("pel.uploadHelp",
                id.ekinerja.domain.model.pelaksanaan.EvidenceFile.megabytes(pelaksanaan.maxUploadBytes()));
    }

    // ---- the pegawai ---------------------------------------------------------------------------------

    public void addAksi(long rhkId) {
        if (done(SkpFaces.attempt(() -> pelaksanaan.addRencanaAksi(user.getActor(), rhkId, window, aksi.get(rhkId))),
                "pel.saved.aksi")) {
            aksi.remove(rhkId);
        }
    }

    public void removeAksi(long id) {
        done(SkpFaces.attempt(() -> {
            pelaksanaan.removeRencanaAksi(user.getActor(), id);
            return Boolean.TRUE;
        }), "pel.saved.aksiRemoved");
    }

    public void saveRealisasi(long rhkId) {
        if (done(SkpFaces.attempt(() -> {
            pelaksanaan.saveRealisasi(user.getActor(), rhkId, window, realisasi.get(rhkId));
            return Boolean.TRUE;
        }), "pel.saved.realisasi")) {
            realisasi.remove(rhkId);
            refresh();
        }
    }

    public void upload(long rhkId) {
        Part part = getFiles().get(rhkId);
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank())) {
            FacesMessages.error("pel.error.fileRequired");
            return;
        }
        byte[] bytes;
        try {
            bytes = EvidenceServlet.readLimited(part, pelaksanaan.maxUploadBytes());
        } catch (IOException e) {
            FacesMessages.error("pel.error.uploadFailed");
            return;
        }
        String name = part.getSubmittedFileName();
        done(SkpFaces.attempt(() -> pelaksanaan.uploadBukti(user.getActor(), rhkId, window, name, bytes)), "pel.saved.bukti");
        getFiles().remove(rhkId);
    }

    public void addLink(long rhkId) {
        if (done(SkpFaces.attempt(() -> pelaksanaan.addLink(user.getActor(), rhkId, window, link.get(rhkId))),
                "pel.saved.link")) {
            link.remove(rhkId);
        }
    }

    public void deleteBukti(long buktiId) {
        done(SkpFaces.attempt(() -> {
            pelaksanaan.deleteBukti(user.getActor(), buktiId);
            return Boolean.TRUE;
        }), "pel.saved.buktiDeleted");
    }

    public void addPengembangan() {
        if (done(SkpFaces.attempt(() -> pelaksanaan.addPengembangan(user.getActor(), window, pengembangan)),
                "pel.saved.pengembangan")) {
            pengembangan = null;
        }
    }

    // ---- the PPK -------------------------------------------------------------------------------------

    public void giveFeedback(long rhkId) {
        if (done(SkpFaces.attempt(() -> pelaksanaan.giveFeedback(user.getActor(), view().nip(), window, rhkId, null,
                feedback.get(rhkId))), "pel.saved.feedback")) {
            feedback.remove(rhkId);
        }
    }

    public void giveValueFeedback(String value) {
        if (done(SkpFaces.attempt(() -> pelaksanaan.giveFeedback(user.getActor(), view().nip(), window, null,
                CoreValue.valueOf(value), valueFeedback.get(value))), "pel.saved.feedback")) {
            valueFeedback.remove(value);
        }
    }

    private PelaksanaanView view() {
        return getView();
    }

    private boolean done(Object result, String successKey) {
        if (result == null) {
            return false;
        }
        FacesMessages.info(successKey);
        refresh();
        return true;
    }

    // ---- properties ----------------------------------------------------------------------------------

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip == null || nip.isBlank() ? null : nip.strip();
    }

    public Long getWindow() {
        return window;
    }

    public void setWindow(Long window) {
        this.window = window;
    }

    public Map<Long, String> getAksi() {
        return aksi;
    }

    public Map<Long, String> getRealisasi() {
        return realisasi;
    }

    public Map<Long, String> getLink() {
        return link;
    }

    public Map<Long, String> getFeedback() {
        return feedback;
    }

    public Map<String, String> getValueFeedback() {
        return valueFeedback;
    }

    public Map<Long, Part> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    public String getPengembangan() {
        return pengembangan;
    }

    public void setPengembangan(String pengembangan) {
        this.pengembangan = pengembangan;
    }
}
