package id.ekinerja.systemtest.bench;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark-only (deployed by the load benchmark alone): prepares the people the load signs in, through the
 * real services, and reports the server's heap and live HTTP sessions. Answers plain text: one line per person
 * {@code tenant<TAB>nip<TAB>kind} (kind: head, submitted, draft), or {@code heapUsed=… sessions=… created=…}.
 * <ul>
 * <li>{@code ?step=demo&tenant=&leader=&heads=&staff=&submitted=}: in a demo agency whose top leader has an approved
 * SKP, {@code heads} unit heads under the leader (their SKP approved by the leader) with {@code staff} people
 * each; the first {@code submitted} of each head's staff have submitted SKP waiting in the head's inbox, the
 * others a draft.</li>
 * <li>{@code ?step=tenant&code=&staff=}: a new agency: a leader (SKP approved on behalf by the admin) and
 * {@code staff} people with drafts.</li>
 * <li>{@code ?step=heap}: heap after full collections, live sessions (see {@link SessionCounter}).</li>
 * <li>{@code ?step=invalidate}: ends every live session, then as {@code heap} with {@code ended=…} first.</li>
 * <li>{@code ?step=sessions}: what the live sessions hold, per attribute (see {@link SessionCounter#contents}).</li>
 * </ul>
 */
@WebServlet("/test-support/load")
public class LoadSetupServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ADMINS = Map.of("kpu-dki", "198511172009042001",
            "bawaslu-lebong", "198401282009032002", "kemensetneg", "198009092005012003",
            "pa-ponorogo", "198104212006042004");
    private static final Map<String, String> LEADER_UNITS = Map.of("kpu-dki", "sekretariat",
            "bawaslu-lebong", "sekretariat", "kemensetneg", "setkemen", "pa-ponorogo", "kesekretariatan");

    @EJB
    transient PlatformService platform;

    @EJB
    transient PegawaiImportService imports;

    @EJB
    transient SkpService skp;

    @Inject
    transient KeycloakAdmin keycloak;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String out = switch (request.getParameter("step")) {
                case "demo" -> demo(request.getParameter("tenant"), request.getParameter("leader"),
                        number(request, "heads"), number(request, "staff"), number(request, "submitted"));
                case "tenant" -> tenant(request.getParameter("code"), number(request, "staff"));
                case "heap" -> heap();
                case "invalidate" -> "ended=" + SessionCounter.invalidateAll() + " " + heap();
                case "sessions" -> SessionCounter.contents();
                default -> throw new IllegalArgumentException("unknown step");
            };
            response.getWriter().print(out);
        } catch (Exception e) {
            log("load setup failed", e);
            response.setStatus(500);
            response.getWriter().print(e);
        }
    }

    private static int number(HttpServletRequest request, String name) {
        return Integer.parseInt(request.getParameter(name));
    }

    private String demo(String tenant, String leaderNip, int heads, int staff, int submitted) throws Exception {
        LocalDate birth = BenchAgency.randomBirth();
        String unit = LEADER_UNITS.get(tenant);
        StringBuilder csv = BenchAgency.csvHeader();
        List<String> headNips = new ArrayList<>();
        List<List<String>> staffNips = new ArrayList<>();
        int n = 0;
        for (int h = 0; h < heads; h++) {
            String head = BenchAgency.nip(birth, n++);
            headNips.add(head);
            BenchAgency.csvLine(csv, tenant, head, "Kepala Subbagian Beban " + (h + 1), "Kepala Subbagian",
                    "Pengawas", unit, leaderNip);
            List<String> mine = new ArrayList<>();
            for (int s = 0; s < staff; s++) {
                String nip = BenchAgency.nip(birth, n++);
                mine.add(nip);
                BenchAgency.csvLine(csv, tenant, nip, "Staf Beban " + (h + 1) + "-" + (s + 1), "Pengadministrasi",
                        "Pelaksana", unit, head);
            }
            staffNips.add(mine);
        }
        BenchAgency.importCsv(imports, tenant, new Actor(ADMINS.get(tenant)), csv.toString());
        StringBuilder out = new StringBuilder();
        TenantContext.run(tenant, () -> {
            for (int h = 0; h < heads; h++) {
                Actor head = new Actor(headNips.get(h));
                long leaderRhk = skp.interventionOptions(head, BenchAgency.YEAR).get(0).rhkId();
                SkpDocument mine = BenchAgency.submitted(skp, head, "Program subbagian " + (h + 1), leaderRhk, false);
                skp.approve(new Actor(leaderNip), mine.id(), mine.version(), Map.of());
                out.append(tenant).append('\t').append(head.username()).append("\thead\n");
                for (int s = 0; s < staff; s++) {
                    Actor person = new Actor(staffNips.get(h).get(s));
                    if (s < submitted) {
                        long headRhk = skp.interventionOptions(person, BenchAgency.YEAR).get(0).rhkId();
                        BenchAgency.submitted(skp, person, "Kegiatan staf " + (s + 1), headRhk, false);
                    } else {
                        skp.startDraft(person, BenchAgency.YEAR);
                    }
                    out.append(tenant).append('\t').append(person.username()).append(s < submitted ? "\tsubmitted\n" : "\tdraft\n");
                }
            }
        });
        List<String> everyone = new ArrayList<>(headNips);
        staffNips.forEach(everyone::addAll);
        passwords(everyone);
        return out.toString();
    }

    private String tenant(String code, int staff) throws Exception {
        LocalDate birth = BenchAgency.randomBirth();
        String adminNip = BenchAgency.nip(birth, 900);
        CreatedTenant created = platform.createTenant(new NewTenant(code, "Beban " + code, adminNip, "Admin " + code,
                "admin." + code + "@bench.example.id"), "bench");
        Actor admin = new Actor(created.adminUsername());
        String leader = BenchAgency.nip(birth, 0);
        StringBuilder csv = BenchAgency.csvHeader();
        BenchAgency.csvLine(csv, code, leader, "Kepala " + code, "Kepala", "JPT", "induk", null);
        List<String> people = new ArrayList<>();
        for (int s = 1; s <= staff; s++) {
            String nip = BenchAgency.nip(birth, s);
            people.add(nip);
            BenchAgency.csvLine(csv, code, nip, "Staf " + code + " " + s, "Pengadministrasi", "Pelaksana", "induk", leader);
        }
        BenchAgency.importCsv(imports, code, admin, csv.toString());
        StringBuilder out = new StringBuilder();
        TenantContext.run(code, () -> {
            if (skp.currentYear().filter(y -> y == BenchAgency.YEAR).isEmpty()) {
                skp.openPeriod(admin, BenchAgency.YEAR);
            }
            SkpDocument top = BenchAgency.submitted(skp, new Actor(leader), "Arah kebijakan " + code, null, true);
            skp.approve(admin, top.id(), top.version(), Map.of());
            for (String nip : people) {
                skp.startDraft(new Actor(nip), BenchAgency.YEAR);
                out.append(code).append('\t').append(nip).append("\tdraft\n");
            }
        });
        passwords(people);
        return out.toString();
    }

    /** Four at a time: each costs Keycloak a password hash. */
    private void passwords(List<String> nips) throws Exception {
        BenchAgency.KeycloakPasswords passwords = new BenchAgency.KeycloakPasswords();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String nip : nips) {
                String id = keycloak.findUserId(nip).orElseThrow(() -> new IllegalStateException("no account " + nip));
                done.add(pool.submit(() -> {
                    passwords.set(id);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return "heapUsed=" + used + " sessions=" + SessionCounter.live() + " created=" + SessionCounter.created();
    }
}
