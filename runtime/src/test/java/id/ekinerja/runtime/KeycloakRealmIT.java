package id.ekinerja.runtime;

import id.ekinerja.tenantconfig.DemoAccounts;
import id.ekinerja.tenantconfig.Person;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantFiles;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts PostgreSQL + Keycloak through {@link LocalPlatform} (without WildFly) and checks what the
 * application relies on: the organization claim, the platform-admin role, the admin client's access to the
 * Admin REST API, the database role; then that stopping leaves no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakRealmIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PlatformConfig config;
    private static LocalPlatform platform;
    private static List<TenantDefinition> tenants;
    /** NIP → codes of the tenants the person belongs to. */
    private static Map<String, Set<String>> tenantsByNip;

    @BeforeAll
    static void start() {
        config = PlatformConfig.fromSystemProperties().withDemo(true);
        tenants = TenantFiles.loadDemoTenants();
        tenantsByNip = new LinkedHashMap<>();
        for (TenantDefinition t : tenants) {
            for (Person p : t.organisation().people()) {
                tenantsByNip.computeIfAbsent(p.nip(), k -> new java.util.TreeSet<>()).add(t.code());
            }
        }
        long t0 = System.nanoTime();
        platform = LocalPlatform.start(config, false);
        System.out.printf("PostgreSQL + Keycloak ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void databaseBelongsToTheApplicationRole() throws Exception {
        try (Connection c = platform.database().orElseThrow().connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user, current_database(),"
                     + " (select pg_get_userbyid(datdba) from pg_database where datname = current_database())")) {
            assertTrue(rs.next());
            assertEquals(config.dbUser(), rs.getString(1));
            assertEquals(PlatformConfig.DB_NAME, rs.getString(2));
            assertEquals(config.dbUser(), rs.getString(3), "owner of the database");
        }
    }

    @Test
    @Order(2)
    void memberOfOneTenantGetsOneOrganization() throws Exception {
        String nip = tenantsByNip.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        JsonObject token = accessToken(nip, "openid organization:*");
        assertEquals(tenantsByNip.get(nip), organizations(token), "organization claim of " + nip);
        assertEquals(nip, token.getString("preferred_username"));
    }

    @Test
    @Order(3)
    void personInTwoTenantsGetsBothOrganizations() throws Exception {
        Map.Entry<String, Set<String>> shared = tenantsByNip.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .findFirst().orElseThrow(() -> new AssertionError("the demo tenants share no person"));
        JsonObject token = accessToken(shared.getKey(), "openid organization:*");
        assertEquals(shared.getValue(), organizations(token));
        assertTrue(shared.getValue().size() >= 2);
    }

    @Test
    @Order(4)
    void everyDemoPersonCanSignInIncludingSingleNames() throws Exception {
        // a single name (no last name) must not trigger "Account is not fully set up"
        String single = tenants.stream().flatMap(t -> t.organisation().people().stream())
                .filter(p -> !p.name().strip().contains(" ")).map(Person::nip).findFirst().orElse(null);
        if (single != null) {
            assertEquals(tenantsByNip.get(single), organizations(accessToken(single, "openid organization:*")));
        }
        // without the organization scope there is no claim
        String any = tenantsByNip.keySet().iterator().next();
        assertFalse(accessToken(any, "openid").containsKey("organization"));
    }

    @Test
    @Order(5)
    void platformAdminHasTheRealmRole() throws Exception {
        JsonObject token = accessToken(DemoAccounts.PLATFORM_ADMIN_USERNAME, "openid");
        Set<String> roles = token.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).collect(Collectors.toSet());
        // the only role in the web client's scope: Keycloak's default roles stay out of its tokens
        assertEquals(Set.of(PlatformConfig.PLATFORM_ADMIN_ROLE), roles);
        assertEquals(config.realmUrl(), token.getString("iss"));
    }

    @Test
    @Order(6)
    void tokensCarryOnlyWhatTheApplicationReads() throws Exception {
        // every signed-in session keeps its tokens (text and parsed claims): no names, e-mails, origins or client roles
        String nip = tenantsByNip.keySet().iterator().next();
        JsonObject response = post(config.tokenUrl(), form(Map.of("grant_type", "password",
                "client_id", PlatformConfig.WEB_CLIENT_ID, "username", nip, "password", DemoAccounts.PASSWORD,
                "scope", "openid organization:*")));
        for (String kind : List.of("access_token", "id_token")) {
            JsonObject claims = payload(response.getString(kind));
            assertEquals(nip, claims.getString("preferred_username"), kind);
            assertEquals(tenantsByNip.get(nip), organizations(claims), kind);
            for (String absent : List.of("name", "given_name", "family_name", "email", "email_verified",
                    "allowed-origins", "resource_access", "acr")) {
                assertFalse(claims.containsKey(absent), kind + " carries " + absent + ": " + claims);
            }
        }
        assertFalse(payload(response.getString("access_token")).containsKey("realm_access"), "a pegawai has no realm role");
    }

    @Test
    @Order(7)
    void adminClientManagesOrganizations() throws Exception {
        String token = post(config.tokenUrl(), form(Map.of(
                "grant_type", "client_credentials",
                "client_id", PlatformConfig.ADMIN_CLIENT_ID,
                "client_secret", config.adminClientSecret()))).getString("access_token");
        String admin = config.keycloakUrl() + "/admin/realms/" + PlatformConfig.REALM;

        JsonArray orgs = getArray(admin + "/organizations?max=1000", token);
        Set<String> aliases = orgs.getValuesAs(JsonObject.class).stream().map(o -> o.getString("alias"))
                .collect(Collectors.toSet());
        assertEquals(tenants.stream().map(TenantDefinition::code).collect(Collectors.toSet()), aliases);

        for (JsonObject org : orgs.getValuesAs(JsonObject.class)) {
            TenantDefinition tenant = tenants.stream().filter(t -> t.code().equals(org.getString("alias"))).findFirst()
                    .orElseThrow();
            assertEquals(tenant.name(), org.getString("name"));
            Set<String> members = getArray(admin + "/organizations/" + org.getString("id") + "/members?max=1000", token)
                    .getValuesAs(JsonObject.class).stream().map(m -> m.getString("username")).collect(Collectors.toSet());
            assertEquals(tenant.organisation().people().stream().map(Person::nip).collect(Collectors.toSet()), members,
                    "members of " + tenant.code());
        }

        JsonObject web = getArray(admin + "/clients?clientId=" + PlatformConfig.WEB_CLIENT_ID, token)
                .getJsonObject(0);
        assertTrue(web.getBoolean("publicClient"));
        assertTrue(web.getBoolean("directAccessGrantsEnabled"));
        assertEquals("S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"));
        assertTrue(web.getJsonArray("optionalClientScopes").contains(Json.createValue("organization")));
    }

    @Test
    @Order(100)
    void stoppingLeavesNoProcessBehind() {
        List<Long> pids = platform.pids();
        assertTrue(pids.size() >= 2, "postmaster + kc.sh (+ its JVM): " + pids);
        platform.close();
        List<Long> alive = pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .collect(Collectors.toList());
        assertEquals(List.of(), alive, "processes still alive after close()");
        assertEquals(-1, Processes.httpStatus(config.realmUrl()), "Keycloak still answers");
        platform.close(); // idempotent
    }

    // ---------------------------------------------------------------------------------------------------

    private static JsonObject accessToken(String username, String scope) throws Exception {
        JsonObject response = post(config.tokenUrl(), form(Map.of(
                "grant_type", "password",
                "client_id", PlatformConfig.WEB_CLIENT_ID,
                "username", username,
                "password", DemoAccounts.PASSWORD,
                "scope", scope)));
        return payload(response.getString("access_token"));
    }

    private static JsonObject payload(String jwt) {
        return parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8)).asJsonObject();
    }

    private static Set<String> organizations(JsonObject token) {
        JsonValue claim = token.get("organization");
        if (claim == null) {
            return Set.of();
        }
        if (claim.getValueType() == JsonValue.ValueType.ARRAY) {
            return claim.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        return new java.util.TreeSet<>(claim.asJsonObject().keySet());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonObject post(String url, String form) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " -> " + r.body());
        return parse(r.body()).asJsonObject();
    }

    private static JsonArray getArray(String url, String bearer) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " -> " + r.body());
        return parse(r.body()).asJsonArray();
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
