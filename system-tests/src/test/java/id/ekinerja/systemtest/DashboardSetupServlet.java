package id.ekinerja.systemtest;

import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Rating;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only (deployed by {@link DashboardBrowserIT} alone): in kpu-dki, a fresh unit of four (head and three staff)
 * with the organisation predikat Baik; the head rates two staff Baik and one Sangat Baik, the head stays unrated.
 * Answers "windowId unitId unitName".
 */
@WebServlet("/test-support/dashboard")
public class DashboardSetupServlet extends HttpServlet {
    static final String TENANT = "kpu-dki";
    static final Actor ADMIN = new Actor("198511172009042001"); // Ratna, admin instansi

    @EJB
    PenilaianProbe probe;

    @EJB
    PenilaianService penilaian;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long w = probe.openWindow(TENANT, ADMIN, false);
        PenilaianProbe.Team t = probe.team(TENANT, 3);
        TenantContext.run(TENANT, () -> {
            penilaian.setUnitPredikat(t.leader(), w, t.unitId(), OrganisationPredikat.BAIK, null);
            penilaian.rate(t.head(), w, t.staffIds().get(0), Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, null, null);
            penilaian.rate(t.head(), w, t.staffIds().get(1), Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, null, null);
            penilaian.rate(t.head(), w, t.staffIds().get(2), Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, null, null);
        });
        response.setContentType("text/plain");
        response.getWriter().print(w + " " + t.unitId() + " Unit " + t.unitCode().substring("pen-".length()));
    }
}
