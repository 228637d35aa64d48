package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.InterventionOption;
import id.ekinerja.application.skp.MySkpView;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.application.skp.WaitingLine;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.Perspektif;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The pegawai's SKP editor for the open year: the whole document is edited in the page and saved at once
 * with the version it was loaded at, so a concurrent save elsewhere is reported instead of overwritten.
 */
@Named
@ViewScoped(saveInViewState = true)
public class MySkpPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Integer year;
    /*
     * This bean travels in the page's view state on every view: only what a postback needs stays in it (which SKP,
     * the version the form was loaded at, whether it was editable, and the form). The document, the intervention
     * options and the waiting notice are read again when a postback needs them; the conflict check still uses the
     * version loaded with the page, never a newer one.
     */
    private Long docId;
    private int loadedVersion;
    private boolean editable;
    private transient SkpDocument doc;
    private Pendekatan pendekatan = Pendekatan.KUANTITATIF;
    private final List<RhkForm> rhk = new ArrayList<>();
    private String dukunganSumberDaya;
    private String skemaPertanggungjawaban;
    private String konsekuensi;
    private transient List<InterventionOption> options;
    private transient List<WaitingLine> waiting;

    /** Everything from one service call (one transaction). */
    @PostConstruct
    void init() {
        MySkpView view = SkpFaces.attempt(() -> skp.mySkpPage(user.getActor()));
        if (view == null) {
            return;
        }
        year = view.year();
        show(view.doc());
        options = view.options();
        waiting = view.waiting();
        fillForm();
    }

    /** After an action changed the document: the options and the waiting notice follow its new state. */
    private void refresh() {
        // read again (one service call) when the page renders them, as after any postback; save then submit reads once
        options = null;
        waiting = null;
        fillForm();
    }

    /** The document now shown; the form's save and submit refer to this id and version. */
    private void show(SkpDocument shown) {
        doc = shown;
        docId = shown == null ? null : shown.id();
        loadedVersion = shown == null ? 0 : shown.version();
        editable = shown != null && shown.editable();
    }

    /** After a postback restored this bean from the page: the document, options and notice as stored now. */
    private void readAgain() {
        MySkpView view = SkpFaces.attempt(() -> skp.mySkpPage(user.getActor()));
        doc = view == null ? null : view.doc();
        options = view == null ? List.of() : view.options();
        waiting = view == null ? List.of() : view.waiting();
    }

    private void fillForm() {
        rhk.clear();
        if (doc != null) {
            pendekatan = doc.pendekatan();
            doc.utama().forEach(l -> rhk.add(RhkForm.of(l)));
            doc.tambahan().forEach(l -> rhk.add(RhkForm.of(l)));
            dukunganSumberDaya = doc.dukunganSumberDaya();
            skemaPertanggungjawaban = doc.skemaPertanggungjawaban();
            konsekuensi = doc.konsekuensi();
        }
    }

    public void start() {
        if (SkpFaces.attempt(() -> skp.startDraft(user.getActor(), year)) != null) {
            openAgain();
        }
    }

    /** Drops what was typed since the last save (e.g. after a conflict): the stored version replaces the page's. */
    public void reload() {
        openAgain();
    }

    /**
     * Opens the page again (post-redirect-get) after an action that made the document editable or read-only, or that
     * drops the page's form. The page builds only the part it shows, chosen when its tree is built (see my.xhtml),
     * so the other part needs a fresh page; the action's message goes along through the flash. A refresh of the
     * browser then repeats nothing.
     */
    private void openAgain() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(user.getBase() + "skp/my.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addUtama() {
        RhkForm f = new RhkForm(JenisRhk.UTAMA);
        f.getIki().add(new RhkForm.IkiForm());
        rhk.add(utama().size(), f);
    }

    public void addTambahan() {
        RhkForm f = new RhkForm(JenisRhk.TAMBAHAN);
        f.getIki().add(new RhkForm.IkiForm());
        rhk.add(f);
    }

    public void removeRhk(RhkForm f) {
        rhk.remove(f);
    }

    public void addIki(RhkForm f) {
        f.getIki().add(new RhkForm.IkiForm());
    }

    public void removeIki(RhkForm f, RhkForm.IkiForm i) {
        f.getIki().remove(i);
    }

    /** Saves the whole document; true when it was saved. */
    public boolean save() {
        SkpContent content = new SkpContent(pendekatan, rhk.stream().map(RhkForm::toInput).toList(),
                dukunganSumberDaya, skemaPertanggungjawaban, konsekuensi);
        SkpDocument saved = SkpFaces.attempt(() -> skp.saveDraft(user.getActor(), docId, loadedVersion, content));
        if (saved == null) {
            return false;
        }
        show(saved);
        refresh();
        FacesMessages.info("skp.saved");
        return true;
    }

    public void saveAction() {
        save();
    }

    /** Saves what is on the page, then submits it to the PPK. */
    public void submit() {
        if (!save()) {
            return;
        }
        if (SkpFaces.attempt(() -> skp.submit(user.getActor(), docId, loadedVersion)) != null) {
            FacesMessages.info("skp.submitted");
            openAgain();
        }
    }

    public void revise() {
        SkpDocument next = SkpFaces.attempt(() -> skp.revise(user.getActor(), docId));
        if (next != null) {
            FacesMessages.info("skp.revised", next.revision());
            openAgain();
        }
    }

    public List<RhkForm> utama() {
        return rhk.stream().filter(r -> r.getJenis() == JenisRhk.UTAMA).toList();
    }

    public List<RhkForm> tambahan() {
        return rhk.stream().filter(r -> r.getJenis() == JenisRhk.TAMBAHAN).toList();
    }

    public Integer getYear() {
        return year;
    }

    public SkpDocument getDoc() {
        if (doc == null && docId != null) {
            readAgain();
        }
        return doc;
    }

    /** As when the page was loaded: a form opened as editable is processed, and a save then meets the conflict check. */
    public boolean isEditable() {
        return editable;
    }

    public Pendekatan getPendekatan() {
        return pendekatan;
    }

    public void setPendekatan(Pendekatan pendekatan) {
        this.pendekatan = pendekatan;
    }

    public Pendekatan[] getPendekatanValues() {
        return Pendekatan.values();
    }

    public Aspek[] getAspekValues() {
        return Aspek.values();
    }

    public Perspektif[] getPerspektifValues() {
        return Perspektif.values();
    }

    public List<RhkForm> getUtama() {
        return utama();
    }

    public List<RhkForm> getTambahan() {
        return tambahan();
    }

    public String getDukunganSumberDaya() {
        return dukunganSumberDaya;
    }

    public void setDukunganSumberDaya(String v) {
        this.dukunganSumberDaya = v;
    }

    public String getSkemaPertanggungjawaban() {
        return skemaPertanggungjawaban;
    }

    public void setSkemaPertanggungjawaban(String v) {
        this.skemaPertanggungjawaban = v;
    }

    public String getKonsekuensi() {
        return konsekuensi;
    }

    public void setKonsekuensi(String v) {
        this.konsekuensi = v;
    }

    public List<InterventionOption> getOptions() {
        if (options == null) {
            readAgain();
        }
        return options;
    }

    public List<WaitingLine> getWaiting() {
        if (waiting == null) {
            readAgain();
        }
        return waiting;
    }
}
