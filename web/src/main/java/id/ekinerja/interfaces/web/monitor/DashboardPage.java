package id.ekinerja.interfaces.web.monitor;

import id.ekinerja.application.monitor.DistributionDashboard;
import id.ekinerja.application.monitor.DistributionDashboard.Overview;
import id.ekinerja.application.monitor.DistributionDashboard.PersonLine;
import id.ekinerja.application.monitor.DistributionDashboard.UnitLine;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.interfaces.web.Downloads;
import id.ekinerja.interfaces.web.skp.SkpFaces;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import id.ekinerja.tenantconfig.Predikat;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backing bean of admin/dashboard.xhtml: the predikat distribution of every unit against the curve in one window,
 * the agency-wide distribution, one unit's chart and rules, its people. Window, unit and predikat filter are GET
 * parameters, so every view is a bookmarkable link (and the drill-down costs one query, not a postback).
 */
@Named
@ViewScoped(saveInViewState = true)
public class DashboardPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PEOPLE_SHOWN = 500;

    @EJB
    DistributionDashboard dashboard;

    @EJB
    EvaluationWindows evaluationWindows;

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Long windowId;
    private Long unitId;
    private String predikat;
    private int year;
    private transient Overview overview;
    private transient List<PersonLine> people;
    private transient List<EvaluationWindow> windows;

    /** f:viewAction: the window in the URL, else the current periodic window of the latest open year. */
    public void load() {
        year = skp.currentYear().orElse(WorkCalendar.today().getYear());
        if (windowId == null) {
            windowId = evaluationWindows.currentPeriodic(year).map(EvaluationWindow::getId).orElse(null);
        } else {
            EvaluationWindow w = SkpFaces.attempt(() -> evaluationWindows.window(windowId));
            if (w == null) {
                windowId = null;
                return;
            }
            year = w.getCoversFrom().getYear(); // the period is lazy and the service call has ended: its dates tell the year
        }
        if (windowId != null && user.isAdmin()) {
            overview = SkpFaces.attempt(() -> dashboard.overview(user.getActor(), windowId));
        }
    }

    public Overview getOverview() {
        if (overview == null && windowId != null && user.isAdmin()) {
            overview = SkpFaces.attempt(() -> dashboard.overview(user.getActor(), windowId));
        }
        return overview;
    }

    /** The unit chosen in the URL (0 = pegawai without a unit), or null. */
    public UnitLine getUnit() {
        Overview o = getOverview();
        if (o == null || unitId == null) {
            return null;
        }
        return o.units().stream().filter(u -> (u.unitId() == null ? 0L : u.unitId()) == unitId).findFirst().orElse(null);
    }

    public List<PersonLine> getPeople() {
        if (people == null) {
            people = getUnit() == null ? List.of()
                    : SkpFaces.attempt(() -> dashboard.people(user.getActor(), windowId, unitId, predikat, 0, PEOPLE_SHOWN));
            people = people == null ? List.of() : people;
        }
        return people;
    }

    public boolean isPeopleTruncated() {
        return getPeople().size() >= PEOPLE_SHOWN;
    }

    public List<EvaluationWindow> getWindows() {
        if (windows == null) {
            windows = evaluationWindows.windows(year);
        }
        return windows;
    }

    public List<Predikat> getPredikats() {
        return List.of(Predikat.values());
    }

    /** The link to a unit (optionally filtered by predikat) in this window. */
    public String link(Long unit, String filter) {
        return user.getBase() + "admin/dashboard.xhtml?window=" + windowId + "&unit=" + (unit == null ? 0 : unit)
                + (filter == null || filter.isEmpty() ? "" : "&predikat=" + filter) + "#unit-detail";
    }

    public void export() throws IOException {
        if (windowId == null) {
            return;
        }
        byte[] xlsx = SkpFaces.attempt(() -> dashboard.exportXlsx(user.getActor(), windowId));
        if (xlsx != null) {
            Downloads.send("distribusi-predikat-" + user.getTenantCode() + "-" + windowId + ".xlsx", Downloads.XLSX, xlsx);
        }
    }

    public Long getWindowId() {
        return windowId;
    }

    public void setWindowId(Long windowId) {
        this.windowId = windowId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPredikat() {
        return predikat;
    }

    public void setPredikat(String predikat) {
        // only known values: anything else shows the whole unit
        this.predikat = predikat != null && ("NONE".equals(predikat)
                || java.util.Arrays.stream(Predikat.values()).anyMatch(p -> p.name().equals(predikat))) ? predikat : null;
    }
}
