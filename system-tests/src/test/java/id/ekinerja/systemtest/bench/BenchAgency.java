package id.ekinerja.systemtest.bench;

import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.organisation.PegawaiRow;
import id.ekinerja.application.security.Actor;
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
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inside the server, for benchmarks: people and SKP made through the real services (import, draft, submit),
 * and Keycloak passwords set the way a person who finished their first sign-in would have them.
 */
public final class BenchAgency {
    public static final int YEAR = 2026;
    public static final String PASSWORD = "bench-Sandi-12345";

    private BenchAgency() {
    }

    /** A random birth date: NIPs of one benchmark run do not collide with another run's or the demo people's. */
    public static LocalDate randomBirth() {
        return LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(20), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(300));
    }

    /** A well-formed NIP: birth date, TMT 25 years later (month 1–12 by {@code i}), sex, sequence {@code i + 1}. */
    public static String nip(LocalDate birth, int i) {
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), birth.getYear() + 25, 1 + (i % 12), 1 + (i % 2), 1 + i);
    }

    /** The CSV header of the import. */
    public static StringBuilder csvHeader() {
        return new StringBuilder(String.join(",", PegawaiRow.COLUMNS)).append('\n');
    }

    /** One import line: a PNS of pangkat III/c in {@code unit}, with an e-mail unique to the tenant. */
    public static void csvLine(StringBuilder csv, String tenant, String nip, String name, String jabatan, String kind,
                               String unit, String ppk) {
        csv.append(nip).append(',').append(name).append(",PNS,Penata (III/c),").append(jabatan).append(',')
                .append(kind).append(",,").append(unit).append(',').append(ppk == null ? "" : ppk).append(',')
                .append("p").append(nip).append('.').append(tenant).append("@bench.example.id").append(",\n");
    }

    /** Imports through the real service (accounts and memberships included) and waits until it is done. */
    public static void importCsv(PegawaiImportService imports, String tenant, Actor admin, String csv) {
        TenantContext.run(tenant, () -> {
            long job = imports.start(admin, "bench.csv", csv.getBytes(StandardCharsets.UTF_8));
            while (true) {
                PegawaiImportJob j = imports.job(admin, job).orElseThrow();
                if (j.getStatus().finished()) {
                    if (j.getStatus() != PegawaiImportJob.Status.DONE) {
                        throw new IllegalStateException("import " + j.getStatus() + " " + j.getFailure() + " " + j.getProblems());
                    }
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** Drafts one RHK utama with two IKI (perspektif for JPT, aspek otherwise), saves and submits it. */
    public static SkpDocument submitted(SkpService skp, Actor who, String rhk, Long intervened, boolean jpt) {
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

    /** Admin REST calls with the platform's confidential admin client (the server's own system properties). */
    public static final class KeycloakPasswords {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String users;
        private final String token;

        public KeycloakPasswords() throws Exception {
            String kc = System.getProperty("ekinerja.keycloak.url");
            String realm = System.getProperty("ekinerja.keycloak.realm", "ekinerja");
            String form = "grant_type=client_credentials&client_id=" + enc(System.getProperty("ekinerja.keycloak.admin-client-id"))
                    + "&client_secret=" + enc(System.getProperty("ekinerja.keycloak.admin-client-secret"));
            String tokenJson = http.send(HttpRequest.newBuilder(URI.create(kc + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenJson);
            if (!m.find()) {
                throw new IllegalStateException("no admin token: " + tokenJson);
            }
            users = kc + "/admin/realms/" + realm + "/users/";
            token = "Bearer " + m.group(1);
        }

        /** {@link #PASSWORD}, not temporary, and no required action: the login form signs the user straight in. */
        public void set(String userId) throws Exception {
            String user = users + userId;
            // the whole representation back (a partial one may clear fields), without the required action
            JsonObject current = Json.createReader(new StringReader(http.send(
                    HttpRequest.newBuilder(URI.create(user)).header("Authorization", token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body())).readObject();
            String updated = Json.createObjectBuilder(current).add("requiredActions", Json.createArrayBuilder()).build().toString();
            for (var call : List.of(
                    Map.entry(user + "/reset-password", "{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}"),
                    Map.entry(user, updated))) {
                int status = http.send(HttpRequest.newBuilder(URI.create(call.getKey())).header("Authorization", token)
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(call.getValue()))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status / 100 != 2) {
                    throw new IllegalStateException("Keycloak answered " + status + " to " + call.getKey());
                }
            }
        }
    }

    /** The p-th percentile of sorted nanosecond times, in ms. */
    public static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
