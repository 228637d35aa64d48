package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.AnnualPeriod;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admin instansi: opens (and closes) annual periods for SKP drafting, and moves the dates of their windows. */
@Named
@RequestScoped
public class SkpPeriodsPage {
    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    @EJB
    EvaluationWindows windows;

    private Integer year = Year.now().getValue();

    // Row inputs of the window tables, keyed by window id (filled from the rows, then by the submitted form).
    private final Map<Long, LocalDate> opens = new HashMap<>();
    private final Map<Long, LocalDate> closes = new HashMap<>();
    private final Map<Long, Integer> versions = new HashMap<>();

    public List<AnnualPeriod> getPeriods() {
        return skp.periods();
    }

    public void open() {
        if (year == null) {
            FacesMessages.fieldError("periodForm:year", "skp.period.yearInvalid", AnnualPeriod.MIN_YEAR, AnnualPeriod.MAX_YEAR);
            return;
        }
        int y = year;
        if (SkpFaces.attempt(() -> skp.openPeriod(user.getActor(), y)) != null) {
            FacesMessages.info("skp.period.opened", String.valueOf(y));
        }
    }

    public void reopen(int y) {
        year = y;
        open();
    }

    public void close(int y) {
        if (SkpFaces.attempt(() -> skp.closePeriod(user.getActor(), y)) != null) {
            FacesMessages.info("skp.period.closed", String.valueOf(y));
        }
    }

    /** The windows of a year with today's state; also seeds the row inputs with the stored dates. */
    public List<EvaluationWindow> windowsOf(int y) {
        List<EvaluationWindow> list = windows.windows(y);
        for (EvaluationWindow w : list) {
            opens.putIfAbsent(w.getId(), w.getOpensOn());
            closes.putIfAbsent(w.getId(), w.getClosesOn());
            versions.putIfAbsent(w.getId(), w.getVersion());
        }
        return list;
    }

    /** {@code notYetOpen}, {@code open} or {@code closed}, for the state column. */
    public String stateOf(EvaluationWindow w) {
        LocalDate today = WorkCalendar.today();
        return today.isBefore(w.getOpensOn()) ? "notYetOpen" : w.isOpenOn(today) ? "open" : "closed";
    }

    public void reschedule(long id) {
        Integer version = versions.get(id);
        EvaluationWindow saved = SkpFaces.attempt(() -> windows.reschedule(user.getActor(), id,
                version == null ? -1 : version, opens.get(id), closes.get(id)));
        if (saved != null) {
            FacesMessages.info("window.saved", saved.label());
            versions.put(id, saved.getVersion());
        }
    }

    public Map<Long, LocalDate> getOpens() {
        return opens;
    }

    public Map<Long, LocalDate> getCloses() {
        return closes;
    }

    public Map<Long, Integer> getVersions() {
        return versions;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
