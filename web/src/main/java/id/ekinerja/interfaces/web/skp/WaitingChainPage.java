package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.SkpService;
import id.ekinerja.application.skp.WaitingLine;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Admin: who in the agency cannot draft RHK utama yet, and which PPK they wait for, top of the chain first. */
@Named
@RequestScoped
public class WaitingChainPage {
    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Integer year;
    private List<WaitingLine> lines;

    public Integer getYear() {
        if (year == null) {
            year = skp.currentYear().orElse(java.time.Year.now().getValue());
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<WaitingLine> getLines() {
        if (lines == null) {
            int y = getYear();
            lines = SkpFaces.attempt(() -> skp.waitingChain(user.getActor(), y));
            lines = lines == null ? List.of() : lines;
        }
        return lines;
    }
}
