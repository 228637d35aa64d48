package id.ekinerja.systemtest;

import id.ekinerja.runtime.PlatformConfig;
import id.ekinerja.tenantconfig.DemoAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenant REST API over real HTTP with real Keycloak tokens: scoped to one agency, refusing missing, forged
 * and foreign tokens, JSON errors without stack traces; plus the OpenAPI document and the health endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT extends BrowserTestBase {
    private static final String RATNA = "198511172009042001";   // admin instansi kpu-dki
    private static final String I_MADE = "198703142011011005";  // pegawai kpu-dki
    private static final String HENDRA = "197104121998031002";  // top leader kpu-dki, approved SKP in the demo
    private static final String EKA = "198401282009032002";     // admin instansi bawaslu-lebong
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new HashMap<>();

    @Test
    void anAdminReadsTheAgencysPegawaiAndSkp() throws Exception {
        HttpResponse<String> list = get("/api/t/kpu-dki/pegawai?q=Suardana", RATNA);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject page = json(list.body());
        assertEquals(1, page.getInt("total"));
        assertEquals(I_MADE, page.getJsonArray("items").getJsonObject(0).getString("nip"));

        HttpResponse<String> skp = get("/api/t/kpu-dki/skp?year=2026", RATNA);
        assertEquals(200, skp.statusCode(), skp.body());
        JsonObject hendra = json(skp.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("nip").equals(HENDRA)).findFirst().orElseThrow();
        assertEquals("DISETUJUI", hendra.getString("status"));

        HttpResponse<String> doc = get("/api/t/kpu-dki/skp/" + hendra.getJsonNumber("skpId").longValue(), RATNA);
        assertEquals(200, doc.statusCode(), doc.body());
        assertFalse(json(doc.body()).getJsonArray("utama").isEmpty(), "the document carries its RHK");
    }

    @Test
    void predikatOfAWindowForAdminsOnly() throws Exception {
        HttpResponse<String> windows = get("/api/t/kpu-dki/windows?year=2026", RATNA);
        assertEquals(200, windows.statusCode(), windows.body());
        var list = jakarta.json.Json.createReader(new StringReader(windows.body())).readArray();
        assertEquals(5, list.size(), "four quarters and the year for kpu-dki");
        long q1 = list.getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> predikat = get("/api/t/kpu-dki/windows/" + q1 + "/predikat", RATNA);
        assertEquals(200, predikat.statusCode(), predikat.body());
        var rows = jakarta.json.Json.createReader(new StringReader(predikat.body())).readArray();
        assertTrue(rows.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("nip").equals(I_MADE)));
        assertRefused(get("/api/t/kpu-dki/windows/" + q1 + "/predikat", I_MADE), 403, "access.roleRequired");
        assertRefused(get("/api/t/kpu-dki/windows/" + q1 + "/predikat", EKA), 403, "error.tenant.forbidden");
    }

    @Test
    void aPegawaiSeesThemselvesButNotTheList() throws Exception {
        assertEquals(200, get("/api/t/kpu-dki/pegawai/" + I_MADE, I_MADE).statusCode());
        assertRefused(get("/api/t/kpu-dki/pegawai", I_MADE), 403, "access.roleRequired");
        assertRefused(get("/api/t/kpu-dki/pegawai/" + RATNA, I_MADE), 403, "access.roleRequired");
        assertRefused(get("/api/t/kpu-dki/skp?year=2026", I_MADE), 403, "access.roleRequired");
        long hendrasSkp = json(get("/api/t/kpu-dki/skp?year=2026", RATNA).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("nip").equals(HENDRA)).findFirst()
                .orElseThrow().getJsonNumber("skpId").longValue();
        HttpResponse<String> other = get("/api/t/kpu-dki/skp/" + hendrasSkp, I_MADE);
        assertEquals(403, other.statusCode(), other.body());
    }

    @Test
    void otherAgenciesTokensAndMissingOrForgedTokensAreRefused() throws Exception {
        assertRefused(get("/api/t/kpu-dki/pegawai", EKA), 403, "error.tenant.forbidden");
        assertRefused(get("/api/t/kpu-dki/skp/1", EKA), 403, "error.tenant.forbidden");
        assertRefused(get("/api/t/tidak-ada/pegawai", RATNA), 404, "error.tenant.unknown");
        // Bawaslu's own SKP ids through kpu-dki's path: they are looked up in kpu-dki's schema only.
        long bawasluSkp = json(get("/api/t/bawaslu-lebong/skp?year=2026", EKA).body()).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("skpId").longValue();
        int status = get("/api/t/kpu-dki/skp/" + bawasluSkp, I_MADE).statusCode();
        assertTrue(status == 403 || status == 404 || status == 400, "status " + status);

        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/t/kpu-dki/pegawai"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        String forged = token(RATNA).substring(0, token(RATNA).lastIndexOf('.') + 1) + "AAAA";
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/t/kpu-dki/pegawai")))
                .header("Authorization", "Bearer " + forged).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bad.statusCode());
        assertFalse(bad.body().contains("Exception"), bad.body());
    }

    @Test
    void errorsAreJsonInTheAskedLanguageWithoutStackTraces() throws Exception {
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/t/kpu-dki/tidak-ada")))
                .header("Authorization", "Bearer " + token(RATNA)).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(missing, 404, "api.notFound");
        assertEquals("Not found.", json(missing.body()).getString("message"));
        HttpResponse<String> badId = get("/api/t/kpu-dki/skp/bukan-angka", RATNA);
        assertTrue(badId.statusCode() == 404 || badId.statusCode() == 400, badId.body());
        assertFalse(badId.body().contains("Exception"), badId.body());
    }

    @Test
    void openApiDocumentAndHealthForOperators() throws Exception {
        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(url("/openapi?format=JSON"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        JsonObject paths = json(openapi.body()).getJsonObject("paths");
        assertTrue(paths.keySet().stream().anyMatch(p -> p.startsWith("/api/t/{tenant}/pegawai")), paths.keySet().toString());
        assertTrue(paths.keySet().stream().anyMatch(p -> p.startsWith("/api/t/{tenant}/skp")), paths.keySet().toString());

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/health"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", json(health.body()).getString("status"));
        assertTrue(health.headers().allValues("Set-Cookie").isEmpty(), "a health probe gets no session");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = json(response.body());
        assertEquals(error, body.getString("error"));
        assertFalse(body.getString("message").isBlank());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue v = reader.readValue();
            return v.asJsonObject();
        }
    }

    /** A real access token by the password grant, with the organization claim the pages' sign-in also gets. */
    private static synchronized String token(String nip) throws IOException, InterruptedException {
        String cached = TOKENS.get(nip);
        if (cached != null) {
            return cached;
        }
        PlatformConfig config = PlatformConfig.fromSystemProperties();
        String form = "grant_type=password&client_id=" + PlatformConfig.WEB_CLIENT_ID
                + "&scope=" + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8)
                + "&username=" + nip + "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String token = json(r.body()).getString("access_token");
        TOKENS.put(nip, token);
        return token;
    }
}
