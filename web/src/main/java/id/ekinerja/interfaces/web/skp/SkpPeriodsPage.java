package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.AnnualPeriod;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import java.util.List;

/** Admin instansi: opens (and closes) annual periods for SKP drafting. */
@Named
@RequestScoped
public class SkpPeriodsPage {
    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Integer year = Year.now().getValue();

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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
