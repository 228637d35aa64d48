package id.ekinerja.interfaces.web.penilaian;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views.TeamRow;
import id.ekinerja.application.penilaian.Views.TreeOutcome;
import id.ekinerja.application.penilaian.Views.UnitView;
import id.ekinerja.application.penilaian.Views.WindowLine;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.penilaian.Evaluation;
import id.ekinerja.domain.model.penilaian.UnitPredikat;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.skp.SkpFaces;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * The evaluation pages of one window: {@code penilaian/evaluate.xhtml} (the PPK rates subordinates; the units the
 * actor heads or leads from above, with the live distribution against the curve and finalisation) and
 * {@code penilaian/units.xhtml} (the leader above sets each unit's organisation predikat). Every action is checked
 * again by {@link PenilaianService}.
 */
@Named
@ViewScoped(saveInViewState = true)
public class EvaluatePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PenilaianService penilaian;

    @EJB
    SkpService skp;

    @EJB
    EvaluationWindows evaluationWindows;

    @EJB
    AgencySettings agencySettings;

    @Inject
    TenantUser user;

    private Long windowId;
    private List<WindowLine> windows = List.of();
    private WindowLine window;
    private List<TeamRow> team = List.of();
    private List<UnitView> units = List.of();
    private String rounding;
    private final Map<Long, String> hasil = new HashMap<>();
    private final Map<Long, String> perilaku = new HashMap<>();
    private final Map<Long, String> notesHasil = new HashMap<>();
    private final Map<Long, String> notesPerilaku = new HashMap<>();
    private final Map<Long, String> unitPredikat = new HashMap<>();
    private final Map<Long, String> unitNotes = new HashMap<>();

    /** f:viewAction: the window in the URL, else the current periodic window of the latest open year. */
    public void load() {
        int year = skp.currentYear().orElse(WorkCalendar.today().getYear());
        windows = penilaian.windowLines(year);
        if (windowId == null) {
            windowId = evaluationWindows.currentPeriodic(year).map(EvaluationWindow::getId).orElse(null);
        }
        window = windows.stream().filter(w -> windowId != null && w.id() == windowId).findFirst().orElse(null);
        if (window == null) {
            FacesMessages.error("window.notFound");
            return;
        }
        rounding = agencySettings.settings().distributionRounding().name();
        team = SkpFaces.attempt(() -> penilaian.team(user.getActor(), windowId));
        units = SkpFaces.attempt(() -> penilaian.units(user.getActor(), windowId));
        team = team == null ? List.of() : team;
        units = units == null ? List.of() : units;
        hasil.clear();
        perilaku.clear();
        notesHasil.clear();
        notesPerilaku.clear();
        for (TeamRow r : team) {
            hasil.put(r.pegawaiId(), r.hasilKerja() == null ? null : r.hasilKerja().name());
            perilaku.put(r.pegawaiId(), r.perilaku() == null ? null : r.perilaku().name());
            notesHasil.put(r.pegawaiId(), r.notesHasil());
            notesPerilaku.put(r.pegawaiId(), r.notesPerilaku());
        }
        unitPredikat.clear();
        unitNotes.clear();
        for (UnitView u : units) {
            unitPredikat.put(u.unitId(), u.predikat() == null ? null : u.predikat().name());
            unitNotes.put(u.unitId(), u.predikatNotes());
        }
    }

    public void rate(long pegawaiId) {
        Evaluation done = SkpFaces.attempt(() -> penilaian.rate(user.getActor(), windowId, pegawaiId,
                rating(hasil.get(pegawaiId)), rating(perilaku.get(pegawaiId)), notesHasil.get(pegawaiId),
                notesPerilaku.get(pegawaiId)));
        if (done != null) {
            FacesMessages.info("pen.rated", done.getPegawai().getName(), text("pen.predikat." + done.getPredikat()));
            load();
        }
    }

    public void setPredikat(long unitId) {
        String p = unitPredikat.get(unitId);
        UnitPredikat done = SkpFaces.attempt(() -> penilaian.setUnitPredikat(user.getActor(), windowId, unitId,
                p == null || p.isBlank() ? null : OrganisationPredikat.valueOf(p), unitNotes.get(unitId)));
        if (done != null) {
            FacesMessages.info("pen.unit.saved", done.getUnit().getName());
            load();
        }
    }

    public void finalise(long unitId) {
        Integer done = SkpFaces.attempt(() -> penilaian.finaliseUnit(user.getActor(), windowId, unitId));
        if (done != null) {
            FacesMessages.info("pen.finalised", done);
            load();
        }
    }

    /** Admin: finalises every unit of the tree under the unit, reporting the units refused. */
    public void finaliseTree(long unitId) {
        TreeOutcome done = SkpFaces.attempt(() -> penilaian.finaliseTree(user.getActor(), windowId, unitId));
        if (done != null) {
            FacesMessages.info("pen.finalisedTree", done.unitsFinalised(), done.evaluationsFinalised(), done.refused().size());
            done.refused().forEach(r -> FacesMessages.error("pen.refusedUnit", r));
            load();
        }
    }

    private static Rating rating(String s) {
        return s == null || s.isBlank() ? null : Rating.valueOf(s);
    }

    private static String text(String key) {
        return FacesMessages.text(key);
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public OrganisationPredikat[] getOrganisationPredikat() {
        return OrganisationPredikat.values();
    }

    public Predikat[] getPredikat() {
        return Predikat.values();
    }

    public Long getWindowId() {
        return windowId;
    }

    public void setWindowId(Long windowId) {
        this.windowId = windowId;
    }

    public List<WindowLine> getWindows() {
        return windows;
    }

    public WindowLine getWindow() {
        return window;
    }

    public List<TeamRow> getTeam() {
        return team;
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public String getRounding() {
        return rounding;
    }

    public Map<Long, String> getHasil() {
        return hasil;
    }

    public Map<Long, String> getPerilaku() {
        return perilaku;
    }

    public Map<Long, String> getNotesHasil() {
        return notesHasil;
    }

    public Map<Long, String> getNotesPerilaku() {
        return notesPerilaku;
    }

    public Map<Long, String> getUnitPredikat() {
        return unitPredikat;
    }

    public Map<Long, String> getUnitNotes() {
        return unitNotes;
    }
}
