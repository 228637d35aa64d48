package id.ekinerja.interfaces.web.monitor;

import id.ekinerja.application.monitor.MonitorService;
import id.ekinerja.application.monitor.PayrollReport;
import id.ekinerja.application.monitor.MonitorService.PersonLine;
import id.ekinerja.application.monitor.MonitorService.Stage;
import id.ekinerja.application.monitor.MonitorService.UnitLine;
import id.ekinerja.application.monitor.MonitorService.WeekLine;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.interfaces.web.Downloads;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Backing bean of admin/monitor.xhtml: the unit table, the drill-down to people, progress per week, export. */
@Named
@ViewScoped(saveInViewState = true)
public class MonitorPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PEOPLE_SHOWN = 500;
    private static final String FRESH = MonitorPage.class.getName() + ".fresh";

    @EJB
    MonitorService monitor;

    @EJB
    SkpService skp;

    @EJB
    PayrollReport payroll;

    private Long windowId;

    @Inject
    TenantUser user;

    private Integer year;
    private Long unitId;
    private String unitName;
    private Stage stage;
    private boolean drilled;
    private Long unitParam;
    private String stageParam;
    /** The unit table, total, windows and years of this request (one service call); never kept across requests. */
    private transient MonitorService.Overview overview;
    private transient MonitorService.Choices choices;
    private transient List<PersonLine> people;
    private transient List<WeekLine> weeks;

    public int getYear() {
        if (year == null) {
            year = skp.currentYear().orElse(Year.now().getValue());
        }
        return year;
    }

    public void setYear(int year) {
        this.year = year;
        overview = null;
        choices = null;
        people = null;
        weeks = null;
    }

    /**
     * What was read is kept for one request only: the view (and this bean) lives on across the table's paging, the
     * deferred chart and the year choice, and numbers read at the first GET would be shown as if current.
     */
    private void freshPerRequest() {
        java.util.Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        if (request.putIfAbsent(FRESH, Boolean.TRUE) == null) {
            overview = null;
            choices = null;
            people = null;
            weeks = null;
        }
    }

    private MonitorService.Overview overview() {
        freshPerRequest();
        if (overview == null) {
            overview = monitor.overview(user.getActor(), getYear());
        }
        return overview;
    }

    /**
     * The year and window choices: from the overview while the page is rendered (it is loaded then anyway), else
     * without the unit table (a postback validates the chosen year or window before anything else is needed).
     */
    private MonitorService.Choices choices() {
        freshPerRequest();
        if (overview != null || FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return overview().choices();
        }
        if (choices == null) {
            choices = monitor.choices(user.getActor(), getYear());
        }
        return choices;
    }

    public List<UnitLine> getUnits() {
        return overview().units();
    }

    public UnitLine getTotal() {
        return overview().total();
    }

    /** Drill down: the people of a unit (null = everyone; 0 = without a unit) in a stage (null = all). */
    public void drill(Long unit, String name, String stageName) {
        unitId = unit;
        unitName = name;
        stage = stageName == null || stageName.isEmpty() ? null : Stage.valueOf(stageName);
        people = null;
        drilled = true;
    }

    /**
     * f:viewAction: a drill-down given in the URL ({@code ?unit=…&stage=…}, e.g. a bookmark); the unit's name comes
     * from the unit table the page shows anyway. An unknown stage shows the whole unit.
     */
    public void drillFromUrl() {
        // a non-admin with a drill-down URL gets the page's own refusal, like without one (the service would refuse
        // inside the view action, which ended as HTTP 500 instead of the message)
        if ((unitParam == null && stageParam == null) || !user.isAdmin()) {
            return;
        }
        String name = unitParam == null ? null : getUnits().stream()
                .filter(u -> (u.unitId() == null ? 0L : u.unitId()) == unitParam.longValue())
                .map(UnitLine::unitName).findFirst().orElse(null);
        String st = stageParam != null && java.util.Arrays.stream(Stage.values()).anyMatch(x -> x.name().equals(stageParam))
                ? stageParam : null;
        drill(unitParam, name, st);
    }

    /**
     * The start of the GET link of each number in the unit table, up to the unit id (0 = without a unit); the stage
     * follows: the cells write {@code <a href="#{drillBase}#{unit}&stage=…">}
     * as plain markup, not a link component per cell (400 of them on a page of 50 units). Relative to this page
     * ({@code /t/{tenant}/admin/monitor.xhtml}), which is where the browser always shows it.
     */
    public String getDrillBase() {
        return "monitor.xhtml?year=" + getYear() + "&unit=";
    }

    public Long getUnitParam() {
        return unitParam;
    }

    public void setUnitParam(Long unitParam) {
        this.unitParam = unitParam;
    }

    public String getStageParam() {
        return stageParam;
    }

    public void setStageParam(String stageParam) {
        this.stageParam = stageParam;
    }

    /** Whether a number was chosen: the people list is loaded only then (in a large agency "everyone" is no list). */
    public boolean isDrilled() {
        return drilled;
    }

    public List<PersonLine> getPeople() {
        if (!drilled) {
            return List.of();
        }
        freshPerRequest();
        if (people == null) {
            people = monitor.people(user.getActor(), getYear(), unitId, stage, 0, PEOPLE_SHOWN);
        }
        return people;
    }

    public boolean isPeopleTruncated() {
        return getPeople().size() >= PEOPLE_SHOWN;
    }

    public List<WeekLine> getWeeks() {
        freshPerRequest();
        if (weeks == null) {
            weeks = monitor.progress(user.getActor(), getYear());
        }
        return weeks;
    }

    /** Tallest bar of the progress chart, so bars are scaled to it. */
    public long getWeekMax() {
        return Math.max(1, getWeeks().stream().mapToLong(w -> Math.max(w.submitted(), w.approved())).max().orElse(1));
    }

    public boolean isLateCounted() {
        return overview().lateCounted();
    }

    public void export() throws IOException {
        Downloads.send("monitor-skp-" + user.getTenantCode() + "-" + getYear() + ".xlsx", Downloads.XLSX,
                monitor.exportXlsx(user.getActor(), getYear()));
    }

    /** The year's windows for the penilaian report, the open periodic one preselected. */
    public List<EvaluationWindow> getWindows() {
        return choices().windows();
    }

    public Long getWindowId() {
        if (windowId == null) {
            windowId = choices().currentWindowId();
        }
        return windowId;
    }

    public void setWindowId(Long windowId) {
        this.windowId = windowId;
    }

    public void exportPayroll() throws IOException {
        if (getWindowId() == null) {
            return;
        }
        Downloads.send("penilaian-" + user.getTenantCode() + "-" + getWindowId() + ".xlsx", Downloads.XLSX,
                payroll.xlsx(user.getActor(), getWindowId()));
    }

    public List<Integer> getYears() {
        return choices().years();
    }

    public String getUnitName() {
        return unitName;
    }

    public Stage getStage() {
        return stage;
    }
}
