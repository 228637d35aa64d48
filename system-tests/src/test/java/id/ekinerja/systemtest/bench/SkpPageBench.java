package id.ekinerja.systemtest.bench;

import id.ekinerja.systemtest.Deployments;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.organisation.PegawaiRow;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.InboxLine;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpContent.IkiInput;
import id.ekinerja.application.skp.SkpContent.RhkInput;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.Perspektif;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
    private static final int YEAR = 2026;
    private static final int HEADS = 10;
    private static final int PEGAWAI = 200;
    private static final String PASSWORD = "bench-Sandi-12345";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.benchmark("bench.skp.requests", "200", SkpPageBench.class, PegawaiImportBench.class, BenchHttp.class);
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
        BenchHttp.setPassword(account, PASSWORD);
        // this server's own HTTP port, as a browser on this machine reaches it
        String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/t/" + code + "/";
        HttpClient browser = BenchHttp.browser();
        BenchHttp.signIn(browser, base + "skp/my.xhtml", headNip, PASSWORD);

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
                    BenchHttp.pct(times, 0.50), BenchHttp.pct(times, 0.95), BenchHttp.pct(times, 0.99), times.get(times.size() - 1) / 1e6));
        }
        System.out.println(report);
        java.util.logging.Logger.getLogger(SkpPageBench.class.getName()).info(report.toString());
    }


    /** Imports leader → 10 unit heads → 189 staff (round robin under the heads); returns the NIPs in that order. */
    private String[] cascade(String code) {
        String[] nips = new String[PEGAWAI];
        LocalDate birth = LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(20), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(300));
        StringBuilder csv = new StringBuilder(String.join(",", PegawaiRow.COLUMNS)).append('\n');
        for (int i = 0; i < PEGAWAI; i++) {
            nips[i] = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), birth.getYear() + 25, 1 + (i % 12), 1 + (i % 2), 1 + i);
            String kind = i <= HEADS ? "JPT" : "Pelaksana";
            String ppk = i == 0 ? "" : i <= HEADS ? nips[0] : nips[1 + (i - HEADS - 1) % HEADS];
            csv.append(nips[i]).append(",Pegawai ").append(i).append(",PNS,Penata (III/c),")
                    .append(i == 0 ? "Kepala" : i <= HEADS ? "Kepala Unit " + i : "Pengadministrasi").append(',')
                    .append(kind).append(",,induk,").append(ppk).append(',')
                    .append("p").append(i).append('.').append(code).append("@bench.example.id").append(",\n");
        }
        Actor admin = new Actor("198001012005011001");
        TenantContext.run(code, () -> {
            long job = imports.start(admin, "cascade.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            while (true) {
                PegawaiImportJob j = imports.job(admin, job).orElseThrow();
                if (j.getStatus().finished()) {
                    if (j.getStatus() != PegawaiImportJob.Status.DONE) {
                        throw new AssertionError("import " + j.getStatus() + " " + j.getFailure() + " " + j.getProblems());
                    }
                    break;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        });
        return nips;
    }

    private SkpDocument submitted(Actor who, String rhk, Long intervened, boolean jpt) {
        SkpDocument draft = skp.startDraft(who, YEAR);
        List<IkiInput> iki = jpt
                ? List.of(new IkiInput("Indeks kepuasan layanan", new BigDecimal("85"), "indeks", null, null,
                        Perspektif.PENERIMA_LAYANAN), new IkiInput("Rekomendasi ditindaklanjuti", new BigDecimal("90"),
                        "persen", null, null, Perspektif.PROSES_BISNIS))
                : List.of(new IkiInput("Dokumen diselesaikan", new BigDecimal("24"), "dokumen", null, Aspek.KUANTITAS, null),
                        new IkiInput("Dokumen tanpa revisi", new BigDecimal("90"), "persen", null, Aspek.KUALITAS, null));
        SkpDocument saved = skp.saveDraft(who, draft.id(), draft.version(), new SkpContent(Pendekatan.KUANTITATIF,
                List.of(new RhkInput(JenisRhk.UTAMA, rhk, intervened, iki)), "DIPA", "Laporan triwulanan", "Evaluasi"));
        return skp.submit(who, saved.id(), saved.version());
    }
}
