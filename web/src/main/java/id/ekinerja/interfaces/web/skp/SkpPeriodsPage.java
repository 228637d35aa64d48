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

    // One editable row per window, built once per request (before the form's values are applied to it), so the
    // inputs bind to typed properties (LocalDate, int) rather than to untyped map entries.
    private final Map<Integer, List<WindowRow>> rows = new HashMap<>();

    /** A window with its dates as the form edits them. */
    public static class WindowRow {
        private final EvaluationWindow window;
        private LocalDate opens;
        private LocalDate closes;
        private int version;

        WindowRow(EvaluationWindow window) {
            this.window = window;
            this.opens = window.getOpensOn();
            this.closes = window.getClosesOn();
            this.version = window.getVersion();
        }

        public EvaluationWindow getWindow() {
            return window;
        }

        public LocalDate getOpens() {
            return opens;
        }

        public void setOpens(LocalDate opens) {
            this.opens = opens;
        }

        public LocalDate getCloses() {
            return closes;
        }

        public void setCloses(LocalDate closes) {
            this.closes = closes;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

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

    /** The window rows of a year. */
    public List<WindowRow> windowsOf(int y) {
        return rows.computeIfAbsent(y, year -> windows.windows(year).stream().map(WindowRow::new).toList());
    }

    /** {@code notYetOpen}, {@code open} or {@code closed}, for the state column. */
    public String stateOf(EvaluationWindow w) {
        LocalDate today = WorkCalendar.today();
        return today.isBefore(w.getOpensOn()) ? "notYetOpen" : w.isOpenOn(today) ? "open" : "closed";
    }

    public void reschedule(WindowRow row) {
        EvaluationWindow saved = SkpFaces.attempt(() -> windows.reschedule(user.getActor(), row.getWindow().getId(),
                row.getVersion(), row.getOpens(), row.getCloses()));
        if (saved != null) {
            FacesMessages.info("window.saved", saved.label());
            rows.clear(); // show what is stored now, with its new version
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
