package id.ekinerja.systemtest.bench;

import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.monitor.MonitorService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.systemtest.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's monitor and dashboard pages over HTTP for an agency of 50,000 pegawai in 500 units: the data of
 * {@link MonitorBench} (SKP in every state) plus an evaluation of 90% of them in the current quarter and an
 * organisation predikat for every unit, generated in SQL (not timed). The admin signs in through Keycloak's real
 * login form ({@link HttpSignIn}); then {@code bench.pages.requests} sequential GETs per page after 10 warm-up:
 * the monitor's unit table, a monitor drill-down (a unit's submitted SKP, by URL), the distribution dashboard and
 * a dashboard drill-down to one unit's people. p50/p95/max per page, then the monitor service calls of the two
 * monitor pages timed in the server (the rest of a page's time is Faces rendering and the request's other work). {@code -Pbench-monitor-pages}; asserts only
 * that each answer is the application's page with the data, not the login form.
 */
@ExtendWith(ArquillianExtension.class)
class MonitorPageBench {
    private static final String PASSWORD = BenchAgency.PASSWORD;
    private static final int YEAR = 2026;
    private static final int WARM_UP = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.benchmark("bench.pages.requests", "50", MonitorPageBench.class, MonitorBench.class,
                BenchAgency.class, BenchAgency.KeycloakPasswords.class, HttpSignIn.class, HttpSignIn.InsecureCookies.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    SkpService skp;

    @EJB
    EvaluationWindows windows;

    @Inject
    KeycloakAdmin keycloak;

    @EJB
    MonitorService monitor;

    private static String serviceTime(String what, int rounds, java.util.function.IntSupplier call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.getAsInt();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.getAsInt();
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        return String.format("  %-34s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what, BenchAgency.pct(times, 0.50),
                BenchAgency.pct(times, 0.95), times.get(times.size() - 1) / 1e6);
    }

    @Test
    void monitorAndDashboardPagesOfFiftyThousand() throws Exception {
        int requests = Integer.parseInt(Deployments.setting("bench.pages.requests", "50"));
        int pegawai = 50_000;
        String code = "bench-pg-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        String adminNip = "198001012005011001";
        platform.createTenant(new NewTenant(code, "Bench " + code, adminNip, "Admin Bench", "admin." + code + "@bench.example.id"), "bench");
        Actor admin = new Actor(adminNip);
        long t0 = System.nanoTime();
        String schema = "tenant_" + code.replace('-', '_');
        MonitorBench.generate(schema, pegawai);
        TenantContext.run(code, () -> {
            if (skp.currentYear().filter(y -> y == YEAR).isEmpty()) {
                skp.openPeriod(admin, YEAR);
            }
        });
        long window = TenantContext.call(code, () -> windows.currentPeriodic(YEAR)).orElseThrow().getId();
        long unit;
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            s.execute("insert into organisation_predikat (window_id, unit_id, predikat, rule_set_version, set_by, set_at)"
                    + " select " + window + ", id, (array['ISTIMEWA','BAIK','BAIK','BUTUH_PERBAIKAN'])[id % 4 + 1], 'bench',"
                    + " 'bench', now() from unit_kerja");
            s.execute("insert into evaluation (window_id, pegawai_id, unit_id, ppk_id, rating_hasil_kerja, rating_perilaku,"
                    + " predikat, rule_set_version, rated_by, rated_at)"
                    + " select " + window + ", p.id, p.unit_id, p.ppk_id, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI',"
                    + " (array['SANGAT_BAIK','BAIK','BAIK','BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','KURANG'])[p.id % 9 + 1],"
                    + " 'bench', 'bench', now() from pegawai p where p.unit_id is not null and p.id % 10 <> 0");
            // vacuumed, not only analysed: the generation updated every pegawai (their PPK), and autovacuum working
            // through 50,000 dead rows and three fresh tables ran into the first page measured
            s.execute("vacuum analyze");
            try (ResultSet r = s.executeQuery("select id from unit_kerja where code = 'u7'")) {
                r.next();
                unit = r.getLong(1);
            }
        }
        System.out.printf("monitor page bench: agency %s, %d pegawai, data generated in %.1f s%n", code, pegawai,
                (System.nanoTime() - t0) / 1e9);

        new BenchAgency.KeycloakPasswords().set(keycloak.findUserId(adminNip).orElseThrow());
        String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/t/" + code + "/";
        HttpClient browser = HttpSignIn.browser();
        HttpSignIn.signIn(browser, base + "admin/monitor.xhtml", adminNip, PASSWORD);

        Map<String, String[]> pages = new LinkedHashMap<>(); // name → URL, text the page must show
        pages.put("monitor unit table", new String[] {base + "admin/monitor.xhtml", "Unit Kerja 1"});
        pages.put("monitor drill-down", new String[] {base + "admin/monitor.xhtml?unit=" + unit + "&stage=DIAJUKAN",
                "Pegawai "});
        pages.put("dashboard", new String[] {base + "admin/dashboard.xhtml?window=" + window, "agency-chart"});
        pages.put("dashboard drill-down", new String[] {base + "admin/dashboard.xhtml?window=" + window + "&unit=" + unit,
                "unit-detail"});
        // the first page measured also pays for the JIT warming up the Faces rendering (10 warm-up requests are few on a
        // loaded 2-core box: it was slower than the drill-down, which renders more); measured again last for comparison
        pages.put("monitor unit table, again", new String[] {base + "admin/monitor.xhtml", "Unit Kerja 1"});
        StringBuilder report = new StringBuilder(String.format("%n==== monitor and dashboard pages over HTTP: %d pegawai,"
                + " 500 units, one signed-in admin, %d sequential GETs per page after %d warm-up ====%n", pegawai, requests, WARM_UP));
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            List<Long> times = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < requests + WARM_UP; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(page.getValue()[0])).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200 || !response.uri().toString().startsWith(base)
                        || !response.body().contains(page.getValue()[1])) {
                    throw new AssertionError(page.getKey() + ": HTTP " + response.statusCode() + " at " + response.uri()
                            + "\n" + response.body().substring(0, Math.min(3000, response.body().length())));
                }
                bytes = response.body().length();
                if (i >= WARM_UP) {
                    times.add(took);
                }
            }
            times.sort(null);
            report.append(String.format("  %-26s %7d chars  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", page.getKey(), bytes,
                    BenchAgency.pct(times, 0.50), BenchAgency.pct(times, 0.95), times.get(times.size() - 1) / 1e6));
        }
        // the service's share of the two monitor pages, timed in the server without HTTP and Faces: what is left of a
        // page's time is rendering (and the sign-in check, the template's own queries)
        report.append(serviceTime("  service: monitor overview", requests, () -> TenantContext.call(code,
                () -> monitor.overview(admin, YEAR).units().size())));
        report.append(serviceTime("  service: unit drill-down", requests, () -> TenantContext.call(code,
                () -> monitor.people(admin, YEAR, unit, MonitorService.Stage.DIAJUKAN, 0, 500).size())));
        System.out.println(report);
        java.util.logging.Logger.getLogger(MonitorPageBench.class.getName()).info(report.toString());
    }
}
