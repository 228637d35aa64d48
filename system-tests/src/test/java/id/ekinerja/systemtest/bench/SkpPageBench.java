package id.ekinerja.systemtest.bench;

import id.ekinerja.systemtest.Deployments;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.InboxLine;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Latency of the SKP pages over HTTP for one signed-in user (issue 3: "for a three-level cascade of 200
 * pegawai: p95 ≤ 200 ms"). Builds a fresh agency with a three-level cascade (leader → 10 unit heads → 189
 * staff) through the real services: the leader's SKP recorded as approved by the admin, the unit heads' SKP
 * approved by the leader, the staff's SKP submitted and waiting in their unit head's inbox. Then signs a unit
 * head in through Keycloak's real login form (HttpClient following redirects, cookies kept) and times
 * {@code bench.skp.requests} sequential GETs each of the my-SKP page, the view page of a subordinate's SKP and
 * the PPK inbox, printing p50/p95/p99/max per page. Runs in the server (Arquillian) only to set the data up;
 * the pages are fetched over the loopback HTTP port like a browser would. {@code -Pbench-skp}; asserts only
 * that each answer is a page of the application, not the login form.
 */
@ExtendWith(ArquillianExtension.class)
class SkpPageBench {
    private static final int YEAR = BenchAgency.YEAR;
    private static final int HEADS = 10;
    private static final int PEGAWAI = 200;
    private static final String PASSWORD = BenchAgency.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.benchmark("bench.skp.requests", "200", SkpPageBench.class, PegawaiImportBench.class,
                PegawaiCsv.class, BenchAgency.class, BenchAgency.KeycloakPasswords.class, HttpSignIn.class,
                HttpSignIn.InsecureCookies.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    PegawaiImportService imports;

    @EJB
    SkpService skp;

    @Inject
    KeycloakAdmin keycloak;

    @Test
    void timesTheSkpPagesOfAUnitHead() throws Exception {
        int requests = Integer.parseInt(Deployments.setting("bench.skp.requests", "200"));
        String code = "bench-skp-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        long t0 = System.nanoTime();
        CreatedTenant tenant = platform.createTenant(new NewTenant(code, "Bench " + code, "198001012005011001",
                "Admin Bench", "admin." + code + "@bench.example.id"), "bench");
        Actor admin = new Actor(tenant.adminUsername());
        String[] nips = cascade(code);
        Actor leader = new Actor(nips[0]);
        TenantContext.run(code, () -> {
            if (skp.currentYear().filter(y -> y == YEAR).isEmpty()) {
                skp.openPeriod(admin, YEAR);
            }
            // leader: drafted, submitted, the external superior's approval recorded by the admin
            SkpDocument top = submitted(leader, "Arah kebijakan " + code, null, true);
            skp.approve(admin, top.id(), top.version(), Map.of());
            long topRhk = skp.interventionOptions(new Actor(nips[1]), YEAR).get(0).rhkId();
            for (int h = 1; h <= HEADS; h++) {
                SkpDocument head = submitted(new Actor(nips[h]), "Program unit " + h, topRhk, true);
                skp.approve(leader, head.id(), head.version(), Map.of());
            }
            for (int i = HEADS + 1; i < PEGAWAI; i++) {
                Actor staff = new Actor(nips[i]);
                long headRhk = skp.interventionOptions(staff, YEAR).get(0).rhkId();
                submitted(staff, "Kegiatan pegawai " + i, headRhk, false);
            }
        });
        String headNip = nips[1];
        List<InboxLine> inbox = TenantContext.call(code, () -> skp.inbox(new Actor(headNip)));
        long viewed = inbox.get(0).skpId();
        System.out.printf("SKP page bench: agency %s with %d pegawai and SKP set up in %.1f s; %s has %d SKP in the inbox%n",
                code, PEGAWAI, (System.nanoTime() - t0) / 1e9, headNip, inbox.size());

        String account = keycloak.findUserId(headNip).orElseThrow();
        new BenchAgency.KeycloakPasswords().set(account);
        // this server's own HTTP port, as a browser on this machine reaches it
        String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/t/" + code + "/";
        HttpClient browser = HttpSignIn.browser();
        HttpSignIn.signIn(browser, base + "skp/my.xhtml", headNip, PASSWORD);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("my SKP", base + "skp/my.xhtml");
        pages.put("SKP view", base + "skp/view.xhtml?id=" + viewed);
        pages.put("PPK inbox", base + "skp/inbox.xhtml");
        StringBuilder report = new StringBuilder(String.format("%n==== SKP pages over HTTP, one user (%s, unit head with"
                + " %d SKP in the inbox), %d sequential GETs per page after 20 warm-up ====%n", headNip, inbox.size(), requests));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < requests + 20; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(page.getValue())).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200 || !response.uri().toString().startsWith(base)
                        || response.body().contains("kc-form-login") || !response.body().contains("Pegawai 1")) {
                    throw new AssertionError(page.getKey() + ": HTTP " + response.statusCode() + " at " + response.uri()
                            + "\n" + response.body().substring(0, Math.min(2000, response.body().length())));
                }
                if (i >= 20) {
                    times.add(took);
                }
            }
            times.sort(null);
            report.append(String.format("  %-10s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", page.getKey(),
                    BenchAgency.pct(times, 0.50), BenchAgency.pct(times, 0.95), BenchAgency.pct(times, 0.99), times.get(times.size() - 1) / 1e6));
        }
        System.out.println(report);
        java.util.logging.Logger.getLogger(SkpPageBench.class.getName()).info(report.toString());
    }


    /** Imports leader → 10 unit heads → 189 staff (round robin under the heads); returns the NIPs in that order. */
    private String[] cascade(String code) {
        String[] nips = new String[PEGAWAI];
        LocalDate birth = BenchAgency.randomBirth();
        StringBuilder csv = BenchAgency.csvHeader();
        for (int i = 0; i < PEGAWAI; i++) {
            nips[i] = BenchAgency.nip(birth, i);
            String ppk = i == 0 ? null : i <= HEADS ? nips[0] : nips[1 + (i - HEADS - 1) % HEADS];
            BenchAgency.csvLine(csv, code, nips[i], "Pegawai " + i,
                    i == 0 ? "Kepala" : i <= HEADS ? "Kepala Unit " + i : "Pengadministrasi",
                    i <= HEADS ? "JPT" : "Pelaksana", "induk", ppk);
        }
        BenchAgency.importCsv(imports, code, new Actor("198001012005011001"), csv.toString());
        return nips;
    }

    private SkpDocument submitted(Actor who, String rhk, Long intervened, boolean jpt) {
        return BenchAgency.submitted(skp, who, rhk, intervened, jpt);
    }
}
