package id.ekinerja.systemtest;

import id.ekinerja.application.security.Actor;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only (deployed by {@link PenilaianBrowserIT} alone): prepares kpu-dki for the browser test the way an
 * admin would, through the real services: two more staff in teknis-parmas (a unit of six with its head Ahmad
 * Fauzi Nasution) and the window to evaluate opened today. Answers the window id.
 */
@WebServlet("/test-support/penilaian")
public class PenilaianSetupServlet extends HttpServlet {
    static final String TENANT = "kpu-dki";
    static final Actor ADMIN = new Actor("198511172009042001"); // Ratna, admin instansi
    static final String AHMAD = "198002052005011003";

    @EJB
    PenilaianProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long window;
        if ("annual".equals(request.getParameter("step"))) {
            window = probe.openWindow(TENANT, ADMIN, true);
        } else {
            probe.addStaff(TENANT, "199001012015031001", "Bayu Pratama", "teknis-parmas", AHMAD);
            probe.addStaff(TENANT, "199202022016042002", "Citra Lestari", "teknis-parmas", AHMAD);
            window = probe.openWindow(TENANT, ADMIN, false);
        }
        response.setContentType("text/plain");
        response.getWriter().print(window);
    }
}
