package id.ekinerja.interfaces.web.pelaksanaan;

import id.ekinerja.application.pelaksanaan.PelaksanaanService;
import id.ekinerja.application.pelaksanaan.Subordinate;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.interfaces.web.skp.SkpFaces;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The PPK's "Bawahan" list: each subordinate with a link to their pelaksanaan and the feedback form. */
@Named
@RequestScoped
public class SubordinatesPage {
    @EJB
    PelaksanaanService pelaksanaan;

    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private List<Subordinate> lines;

    public List<Subordinate> getLines() {
        if (lines == null) {
            Integer year = skp.currentYear().orElse(null);
            lines = year == null ? null : SkpFaces.attempt(() -> pelaksanaan.subordinates(user.getActor(), year));
            lines = lines == null ? List.of() : lines;
        }
        return lines;
    }
}
