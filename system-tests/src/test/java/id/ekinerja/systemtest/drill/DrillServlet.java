package id.ekinerja.systemtest.drill;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.systemtest.bench.PenilaianBenchSetup;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-only entry points of the crash drill ({@link CrashDrill}), deployed only in the drill's EAR: start a
 * pegawai import into a fresh agency, read its job through the real service (which applies the stale-job
 * rule), set up a rated unit tree and finalise it through the real service. Not in the product EAR.
 */
@WebServlet("/drill/*")
public class DrillServlet extends HttpServlet {
    private static final String ADMIN_NIP = "198001012005011001";

    @EJB
    PlatformService platform;

    @EJB
    PegawaiImportService imports;

    @EJB
    PenilaianService penilaian;

    @EJB
    SkpService skp;

    @EJB
    EvaluationWindows windows;

    @EJB
    PenilaianBenchSetup setup;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder result = Json.createObjectBuilder();
        Actor admin = new Actor(ADMIN_NIP);
        switch (request.getMethod() + " " + request.getPathInfo()) {
            case "POST /tenant" -> {
                String code = request.getParameter("prefix") + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
                CreatedTenant t = platform.createTenant(new NewTenant(code, "Drill " + code, ADMIN_NIP, "Admin Drill",
                        "admin." + code + "@drill.example.id"), "drill");
                result.add("tenant", t.code());
            }
            case "POST /import" -> {
                String tenant = request.getParameter("tenant");
                byte[] file = request.getInputStream().readAllBytes();
                long job = TenantContext.call(tenant, () -> imports.start(admin, "drill.csv", file));
                result.add("job", job);
            }
            case "GET /import" -> {
                String tenant = request.getParameter("tenant");
                long id = Long.parseLong(request.getParameter("job"));
                PegawaiImportJob job = TenantContext.call(tenant, () -> imports.job(admin, id).orElseThrow());
                result.add("status", job.getStatus().name()).add("created", job.getCreated())
                        .add("failure", job.getFailure() == null ? "" : job.getFailure());
            }
            case "POST /finalise-setup" -> {
                String tenant = request.getParameter("tenant");
                int pegawai = Integer.parseInt(request.getParameter("pegawai"));
                long root = setup.tree(tenant, pegawai / 10, 10, 10);
                LocalDate today = WorkCalendar.today();
                long windowId = TenantContext.call(tenant, () -> {
                    skp.openPeriod(admin, today.getYear());
                    EvaluationWindow w = windows.windows(today.getYear()).stream().filter(EvaluationWindow::isAnnual)
                            .findFirst().orElseThrow();
                    windows.reschedule(admin, w.getId(), w.getVersion(), today.minusDays(1), today.plusDays(30));
                    return w.getId();
                });
                result.add("root", root).add("window", windowId).add("rated", setup.rate(tenant, windowId, ADMIN_NIP));
            }
            case "POST /finalise" -> {
                String tenant = request.getParameter("tenant");
                long window = Long.parseLong(request.getParameter("window"));
                long root = Long.parseLong(request.getParameter("root"));
                var outcome = TenantContext.call(tenant, () -> penilaian.finaliseTree(admin, window, root));
                result.add("evaluations", outcome.evaluationsFinalised()).add("millis", outcome.millis());
            }
            default -> {
                response.sendError(404);
                return;
            }
        }
        response.setContentType("application/json");
        response.getWriter().write(result.build().toString());
    }
}
