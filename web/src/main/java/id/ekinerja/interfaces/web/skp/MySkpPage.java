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
import id.ekinerja.interfaces.web.ViewExpiredHandler;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pegawai's SKP editor for the open year: the whole document is edited in the page and saved at once
 * with the version it was loaded at, so a concurrent save elsewhere is reported instead of overwritten.
 * <p>
 * The page keeps no Faces state (my.xhtml is a transient view, rebuilt on a postback): the rush's busiest page saves
 * the work of saving, encrypting and sending its state on every view. What a postback needs comes back with the
 * form instead: the SKP id and version it was loaded at (signed) and the form's shape, see {@link EditorState}.
 */
@Named
@RequestScoped
public class MySkpPage {
    /** Request parameters of the editor form: its signed state and its shape. */
    static final String STATE = "skpPage";
    static final String SHAPE = "skpShape";

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    // The converters of the editor's typed fields, made once (they hold nothing but an enum's type): without them,
    // Faces looks one up by type for every option of every such field on every view, each time through OmniFaces'
    // converter manager and a CDI lookup (async-profiler: about 1.5 % of a new draft's view, for its one radio group;
    // more with each RHK and IKI row).
    private static final Converter<Object> PENDEKATAN = new EnumConverter(Pendekatan.class);
    private static final Converter<Object> ASPEK = new EnumConverter(Aspek.class);
    private static final Converter<Object> PERSPEKTIF = new EnumConverter(Perspektif.class);
    private static final Converter<Long> RHK_ID = new LongConverter();
    private static final Converter<BigDecimal> TARGET = new TargetNumberConverter();

    private Integer year;
    private Long docId;
    private int loadedVersion;
    private boolean editable;
    private boolean loaded;
    private SkpDocument doc;
    private Pendekatan pendekatan = Pendekatan.KUANTITATIF;
    private final List<RhkForm> rhk = new ArrayList<>();
    private String dukunganSumberDaya;
    private String skemaPertanggungjawaban;
    private String konsekuensi;
    private List<InterventionOption> options;
    private List<WaitingLine> waiting;

    /**
     * A page opened, or a form other than the editor posted: everything from one service call. The editor posted:
     * the SKP and version it was loaded at, and empty rows for its values; the document is read when shown.
     */
    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        // the editor's own postbacks must carry its state: without it, a save would skip the conflict check
        String posted = faces.isPostback() && params.containsKey("skpForm") ? params.getOrDefault(STATE, "") : null;
        if (posted == null) {
            load();
            show(doc);
            fillForm();
            return;
        }
        Optional<EditorState> state = EditorState.verify(posted, user.getTenantCode(), user.getActor().username());
        Optional<List<RhkForm>> rows = EditorState.rows(params.get(SHAPE));
        if (state.isEmpty() || rows.isEmpty()) {
            // missing, altered, or signed before a restart: like a page state the server cannot read
            loaded = true;
            ViewExpiredHandler.reopen(faces);
            return;
        }
        docId = state.get().docId;
        loadedVersion = state.get().version;
        editable = true;
        rhk.addAll(rows.get());
    }

    /** The year, document, options and waiting notice as stored now (one service call). */
    private void load() {
        MySkpView view = SkpFaces.attempt(() -> skp.mySkpPage(user.getActor()));
        loaded = true;
        year = view == null ? null : view.year();
        doc = view == null ? null : view.doc();
        options = view == null ? List.of() : view.options();
        waiting = view == null ? List.of() : view.waiting();
    }

    /** The document now shown; the form's save and submit refer to this id and version. */
    private void show(SkpDocument shown) {
        doc = shown;
        docId = shown == null ? null : shown.id();
        loadedVersion = shown == null ? 0 : shown.version();
        editable = shown != null && shown.editable();
    }

    /** Read once per request when the page needs them; the form's id and version stay those it was loaded at. */
    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
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
     * drops the page's form: the page builds only the part it shows (see my.xhtml), so the other part needs a fresh
     * page; the action's message goes along through the flash. A refresh of the browser then repeats nothing.
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
        // the options and the waiting notice read with the page stay right: they follow the PPK's and superiors' SKP,
        // not this draft's content, and the saved draft stays editable
        show(saved);
        fillForm();
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
        ensureLoaded();
        return year;
    }

    public SkpDocument getDoc() {
        ensureLoaded();
        return doc;
    }

    /** For the editor form: the SKP id and version it is loaded at, signed for this agency and person. */
    public String getState() {
        return new EditorState(docId, loadedVersion).sign(user.getTenantCode(), user.getActor().username());
    }

    /** For the editor form: its rows, so that a postback's values find them. */
    public String getShape() {
        return EditorState.shape(rhk);
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

    public Converter<Object> getPendekatanConverter() {
        return PENDEKATAN;
    }

    public Converter<Object> getAspekConverter() {
        return ASPEK;
    }

    public Converter<Object> getPerspektifConverter() {
        return PERSPEKTIF;
    }

    public Converter<Long> getRhkIdConverter() {
        return RHK_ID;
    }

    public Converter<BigDecimal> getTargetConverter() {
        return TARGET;
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
        ensureLoaded();
        return options;
    }

    public List<WaitingLine> getWaiting() {
        ensureLoaded();
        return waiting;
    }
}
