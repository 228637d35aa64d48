package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.MatriksPeranHasil;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A leader's Matriks Peran Hasil: their RHK utama against the team's RHK that intervene them. */
@Named
@RequestScoped
public class MatriksPage {
    @EJB
    SkpService skp;

    @Inject
    TenantUser user;

    private Integer year;
    private MatriksPeranHasil matriks;

    public Integer getYear() {
        if (year == null) {
            year = skp.currentYear().orElse(java.time.Year.now().getValue());
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public MatriksPeranHasil getMatriks() {
        if (matriks == null) {
            int y = getYear();
            matriks = SkpFaces.attempt(() -> skp.matriks(user.getActor(), y));
        }
        return matriks;
    }
}
