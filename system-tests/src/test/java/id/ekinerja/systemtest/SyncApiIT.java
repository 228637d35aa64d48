package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.ProfileService;
import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.DemoAccounts;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/t/{tenant}/pegawai/sync} over real HTTP with real Keycloak tokens, run inside the server so the
 * test can look at Keycloak and the database afterwards: accounts and memberships, idempotence, per-record errors
 * beside applied records, refusals, and bad payloads.
 */
@ExtendWith(ArquillianExtension.class)
class SyncApiIT {
    static final String KPU = "kpu-dki";
    static final Actor RATNA = new Actor("198511172009042001");   // admin instansi kpu-dki
    static final String I_MADE = "198703142011011005";           // pegawai kpu-dki, no role
    static final String EKA = "198401282009032002";              // admin instansi bawaslu-lebong
    static final String AHMAD = "198002052005011003";            // kpu-dki unit head
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new HashMap<>();

    @Deployment
    static EnterpriseArchive deployment() {
        // carries -Dbench.sync.records (the large call's size, default 600) into the server
        return Deployments.benchmark("bench.sync.records", "600", SyncApiIT.class, TestNips.class, SyncProbe.class);
    }

    @Inject
    KeycloakAdmin keycloak;

    @EJB
    OrganisationAdminService organisation;

    @EJB
    ProfileService profiles;

    @EJB
    SyncProbe probe;

    @EJB
    PlatformService platform;

    static JsonObjectBuilder record(String nip, String nama, String unit, String atasan, String email) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("nipBaru", nip).add("nama", nama)
                .add("jenisPegawai", "PNS").add("golRuangAkhir", "III/b").add("pangkatAkhir", "Penata Muda Tingkat I")
                .add("jabatanNama", "Pranata Komputer").add("jenisJabatan", "Fungsional Tertentu").add("jenjang", 1)
                .add("unorId", unit).add("unorNama", "ignored: SIASN carries more fields");
        if (atasan != null) {
            o.add("atasanNip", atasan);
        }
        if (email != null) {
            o.add("email", email);
        }
        return o;
    }

    static String payload(JsonObjectBuilder... records) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder r : records) {
            list.add(r);
        }
        return Json.createObjectBuilder().add("pegawai", list).build().toString();
    }

    String newUnit(String tag) {
        String unit = "sync-" + tag;
        // a unit of its own: demo units' head counts are what other test classes rely on
        TenantContext.run(KPU, () -> organisation.addUnit(RATNA, unit, "Unit Sinkronisasi " + tag, null));
        return unit;
    }

    @Test
    void anAdminCreatesPegawaiWithAccountsAndTheSamePayloadAgainChangesNothing() throws Exception {
        String tag = Long.toHexString(System.nanoTime());
        String unit = newUnit(tag);
        String lead = TestNips.randomNip();
        String staff = TestNips.randomNip();
        String body = payload(record(lead, "Kepala Sinkron", unit, null, "kepala." + tag + "@example.go.id"),
                record(staff, "Staf Sinkron", unit, lead, "staf." + tag + "@example.go.id"));

        HttpResponse<String> first = post("/api/t/" + KPU + "/pegawai/sync", RATNA.username(), body);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject r1 = json(first.body());
        assertEquals(2, r1.getInt("created"));
        assertEquals(List.of("CREATED", "CREATED"), statuses(r1));
        assertEquals(staff, r1.getJsonArray("records").getJsonObject(1).getString("nipBaru"));
        assertEquals("DONE", r1.getJsonObject("job").getString("status"));
        assertEquals(2, r1.getJsonObject("job").getInt("accountsCreated"));
        assertEquals(2, r1.getJsonObject("job").getInt("membershipsAdded"));

        var profile = TenantContext.call(KPU, () -> profiles.profileOf(staff)).orElseThrow();
        assertEquals("Kepala Sinkron", profile.ppkName());
        String orgId = keycloak.findOrganizationId(KPU).orElseThrow();
        String staffId = keycloak.findUserId(staff).orElseThrow();
        assertTrue(keycloak.memberIds(orgId).contains(staffId), "the account is a member of the agency");
        assertTrue(keycloak.memberIds(orgId).contains(keycloak.findUserId(lead).orElseThrow()));
        assertEquals(2, probe.activityAbout(KPU, List.of(lead, staff)), "one activity entry per created pegawai");

        HttpResponse<String> second = post("/api/t/" + KPU + "/pegawai/sync", RATNA.username(), body);
        assertEquals(200, second.statusCode(), second.body());
        JsonObject r2 = json(second.body());
        assertEquals(List.of("UNCHANGED", "UNCHANGED"), statuses(r2));
        assertEquals(0, r2.getInt("created") + r2.getInt("updated") + r2.getInt("rejected"));
        assertEquals(0, r2.getJsonObject("job").getInt("accountsCreated"));
        assertEquals(0, r2.getJsonObject("job").getInt("membershipsAdded"));
        assertEquals(staffId, keycloak.findUserId(staff).orElseThrow(), "same account, no second one");
        assertEquals(2, probe.activityAbout(KPU, List.of(lead, staff)), "no activity-log noise");

        // a changed record updates that pegawai only; the job is readable afterwards
        HttpResponse<String> third = post("/api/t/" + KPU + "/pegawai/sync", RATNA.username(),
                body.replace("Staf Sinkron", "Staf Sinkron Baru"));
        assertEquals(List.of("UNCHANGED", "UPDATED"), statuses(json(third.body())));
        long jobId = json(third.body()).getJsonNumber("jobId").longValue();
        HttpResponse<String> job = get("/api/t/" + KPU + "/pegawai/sync/" + jobId, RATNA.username());
        assertEquals(200, job.statusCode(), job.body());
        assertEquals("DONE", json(job.body()).getString("status"));
        assertEquals(1, json(job.body()).getInt("updated"));
    }

    @Test
    void aLargeCallAnswers202AndItsAccountsFollowInTheBackground() throws Exception {
        // an agency of its own: hundreds of pegawai in a demo agency would change what other test classes count
        String code = "sinkron-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
        platform.createTenant(new NewTenant(code, "Instansi Sinkron " + code, RATNA.username(), "Ratna Sari Dewi",
                "ratna.sinkron@uji.ekinerja.id"), "tester");
        TenantContext.run(code, () -> organisation.addUnit(RATNA, "pusat", "Unit Pusat", null));
        String token = token(RATNA.username(), true);   // a token that names the new organization
        // above the 500 new accounts a call waits for; -Dbench.sync.records=5000 measures the largest call
        int size = Integer.parseInt(Deployments.setting("bench.sync.records", "600"));
        java.util.Set<String> nips = new java.util.LinkedHashSet<>();
        while (nips.size() < size) {
            nips.add(TestNips.randomNip());
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        String lead = nips.iterator().next();
        nips.forEach(nip -> list.add(record(nip, "Pegawai " + nip, "pusat", nip.equals(lead) ? null : lead, null)));
        String body = Json.createObjectBuilder().add("pegawai", list).build().toString();
        String path = "/api/t/" + code + "/pegawai/sync";

        long begin = System.nanoTime();
        HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        assertEquals(202, first.statusCode(), first.body());
        JsonObject r = json(first.body());
        assertTrue(r.getBoolean("accountsPending"));
        assertEquals(size, r.getInt("created"));
        long jobId = r.getJsonNumber("jobId").longValue();
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith(path + "/" + jobId));

        JsonObject job;
        java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofMinutes(5));
        do {
            Thread.sleep(500);
            HttpResponse<String> poll = HTTP.send(HttpRequest.newBuilder(URI.create(url(path + "/" + jobId)))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, poll.statusCode(), poll.body());
            job = json(poll.body());
        } while (!List.of("DONE", "FAILED").contains(job.getString("status")) && java.time.Instant.now().isBefore(deadline));
        long done = System.nanoTime();
        assertEquals("DONE", job.getString("status"), job.toString());
        assertEquals(size, job.getInt("accountsCreated"));
        assertEquals(size, job.getInt("membershipsAdded"));
        String orgId = keycloak.findOrganizationId(code).orElseThrow();
        assertTrue(keycloak.memberIds(orgId).contains(keycloak.findUserId(lead).orElseThrow()));

        long again = System.nanoTime();
        HttpResponse<String> second = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long end = System.nanoTime();
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(size, json(second.body()).getInt("unchanged"));
        System.out.printf("SYNC %d new pegawai: answered (202) in %d ms, accounts done after %d ms; same payload"
                + " again (all unchanged) %d ms%n", size, (answered - begin) / 1_000_000, (done - begin) / 1_000_000,
                (end - again) / 1_000_000);
    }

    @Test
    void badRecordsAreRejectedOneByOneWhileGoodOnesAreApplied() throws Exception {
        String tag = Long.toHexString(System.nanoTime());
        String unit = newUnit(tag);
        String good = TestNips.randomNip();
        String badUnit = TestNips.randomNip();
        String dependant = TestNips.randomNip();
        String unknownPpk = TestNips.randomNip();
        String twice = TestNips.randomNip();
        String takenEmailNip = TestNips.randomNip();
        String otherEmail = "lain." + tag + "@example.go.id";
        keycloak.createUser(TestNips.randomNip(), otherEmail, "Akun Lain", "Rahasia-12345");

        String body = payload(
                record(good, "Pegawai Baik", unit, AHMAD, null),                              // 0 applied
                record("12345", "NIP Pendek", unit, null, null),                              // 1 bad NIP
                record(badUnit, "Unit Salah", "tidak-ada-" + tag, null, null),                // 2 unknown unit
                record(dependant, "Bawahan Unit Salah", unit, badUnit, null),                  // 3 PPK rejected
                record(unknownPpk, "PPK Tak Dikenal", unit, TestNips.randomNip(), null),      // 4 unknown PPK
                record(twice, "Ganda Satu", unit, null, null),                                // 5 duplicate NIP
                record(twice, "Ganda Dua", unit, null, null),                                 // 6 duplicate NIP
                record(takenEmailNip, "E-mail Orang Lain", unit, null, otherEmail.toUpperCase())); // 7 e-mail taken

        HttpResponse<String> response = post("/api/t/" + KPU + "/pegawai/sync", RATNA.username(), body);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject r = json(response.body());
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
                "REJECTED"), statuses(r));
        assertEquals(1, r.getInt("created"));
        assertEquals(7, r.getInt("rejected"));
        assertEquals("org.import.error.nip", errorKey(r, 1));
        assertEquals("org.import.error.unknownUnit", errorKey(r, 2));
        assertEquals("org.sync.error.ppkRejected", errorKey(r, 3));
        assertEquals("org.import.error.unknownPpk", errorKey(r, 4));
        assertEquals("org.sync.error.duplicateNip", errorKey(r, 5));
        assertEquals("org.sync.error.duplicateNip", errorKey(r, 6));
        assertEquals("org.import.error.emailTaken", errorKey(r, 7));
        String message = r.getJsonArray("records").getJsonObject(2).getJsonArray("errors").getJsonObject(0)
                .getString("message");
        assertTrue(message.contains("Kode unit tidak dikenal") || message.contains("tidak dikenal"),
                "Bahasa Indonesia by default: " + message);

        assertEquals(1, probe.pegawaiCount(KPU, List.of(good, badUnit, dependant, unknownPpk, twice, takenEmailNip)),
                "only the good record was written");
        assertEquals("Ahmad Fauzi Nasution", TenantContext.call(KPU, () -> profiles.profileOf(good)).orElseThrow()
                .ppkName());
        assertTrue(keycloak.findUserId(good).isPresent());
        assertTrue(keycloak.findUserId(badUnit).isEmpty(), "no account for a rejected record");

        // the same reasons in English when asked for
        HttpResponse<String> english = HTTP.send(request("/api/t/" + KPU + "/pegawai/sync", RATNA.username())
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject en = json(english.body());
        assertEquals("UNCHANGED", statuses(en).get(0), "the good record again: nothing to do");
        assertTrue(en.getJsonArray("records").getJsonObject(3).getJsonArray("errors").getJsonObject(0)
                .getString("message").contains("was rejected"), english.body());
    }

    @Test
    void onlyAdminsOfTheAgencyMaySync() throws Exception {
        String nip = TestNips.randomNip();
        String body = payload(record(nip, "Tidak Boleh", "hukum-sdm", null, null));
        assertRefused(post("/api/t/" + KPU + "/pegawai/sync", I_MADE, body), 403, "access.roleRequired");
        assertRefused(post("/api/t/" + KPU + "/pegawai/sync", EKA, body), 403, "error.tenant.forbidden");
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/t/" + KPU + "/pegawai/sync")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        assertEquals(0, probe.pegawaiCount(KPU, List.of(nip)));
        assertEquals(0, probe.pegawaiCount("bawaslu-lebong", List.of(nip)), "nothing written anywhere");
        assertTrue(keycloak.findUserId(nip).isEmpty());
    }

    @Test
    void brokenPayloadsAreRefusedAsAWholeWithoutStackTraces() throws Exception {
        String path = "/api/t/" + KPU + "/pegawai/sync";
        HttpResponse<String> malformed = post(path, RATNA.username(), "{\"pegawai\": [ {\"nipBaru\": ");
        assertRefused(malformed, 400, "api.sync.malformed");

        assertRefused(post(path, RATNA.username(), "[]"), 400, "api.sync.shape");

        String nip = TestNips.randomNip();
        String missing = payload(record(nip, "Lengkap", "hukum-sdm", null, null),
                Json.createObjectBuilder().add("nipBaru", TestNips.randomNip()).add("nama", 42));
        HttpResponse<String> schema = post(path, RATNA.username(), missing);
        assertRefused(schema, 400, "api.sync.schema");
        JsonArray problems = json(schema.body()).getJsonArray("problems");
        assertTrue(problems.getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getInt("index") == 1 && p.getString("field").equals("nama")), schema.body());
        assertTrue(problems.getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getInt("index") == 1 && p.getString("field").equals("unorId")), schema.body());
        assertEquals(0, probe.pegawaiCount(KPU, List.of(nip)), "nothing of a refused payload is written");

        HttpResponse<String> text = HTTP.send(request(path, RATNA.username()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(missing)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(text, 415, "api.unsupportedType");

        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 5_001; i++) {
            many.add(Json.createObjectBuilder());
        }
        HttpResponse<String> tooMany = post(path, RATNA.username(),
                Json.createObjectBuilder().add("pegawai", many).build().toString());
        assertRefused(tooMany, 413, "api.sync.tooMany");
    }

    @Test
    void theOpenApiDocumentDescribesTheSync() throws Exception {
        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(url("/openapi?format=JSON"))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        JsonObject doc = json(openapi.body());
        JsonObject sync = doc.getJsonObject("paths").getJsonObject("/api/t/{tenant}/pegawai/sync");
        assertTrue(sync != null && sync.containsKey("post"), doc.getJsonObject("paths").keySet().toString());
        assertTrue(sync.getJsonObject("post").getJsonObject("requestBody").toString().contains("SyncRequest"));
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.getJsonObject("SiasnPegawai").getJsonObject("properties").containsKey("nipBaru"),
                schemas.keySet().toString());
    }

    private static List<String> statuses(JsonObject result) {
        return result.getJsonArray("records").getValuesAs(JsonObject.class).stream().map(o -> o.getString("status"))
                .toList();
    }

    private static String errorKey(JsonObject result, int index) {
        return result.getJsonArray("records").getJsonObject(index).getJsonArray("errors").getJsonObject(0)
                .getString("key");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = json(response.body());
        assertEquals(error, body.getString("error"), response.body());
        assertFalse(body.getString("message").isBlank());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }

    private static String url(String path) {
        return System.getProperty("ekinerja.public.url").replaceAll("/$", "") + path;
    }

    private static HttpRequest.Builder request(String path, String user) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> post(String path, String user, String body)
            throws IOException, InterruptedException {
        return HTTP.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue().asJsonObject();
        }
    }

    /** A real access token by the password grant, with the organization claim, as RestApiIT gets it. */
    private static String token(String nip) throws IOException, InterruptedException {
        return token(nip, false);
    }

    private static synchronized String token(String nip, boolean fresh) throws IOException, InterruptedException {
        String cached = TOKENS.get(nip);
        if (cached != null && !fresh) {
            return cached;
        }
        String tokenUrl = System.getProperty("ekinerja.keycloak.url") + "/realms/"
                + System.getProperty("ekinerja.keycloak.realm") + "/protocol/openid-connect/token";
        String form = "grant_type=password&client_id=" + System.getProperty("ekinerja.oidc.client-id")
                + "&scope=" + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8)
                + "&username=" + nip + "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String token = json(r.body()).getString("access_token");
        if (!fresh) {
            TOKENS.put(nip, token);
        }
        return token;
    }
}
