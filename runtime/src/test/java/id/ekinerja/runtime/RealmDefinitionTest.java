package id.ekinerja.runtime;

import id.ekinerja.tenantconfig.DemoAccounts;
import id.ekinerja.tenantconfig.Person;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantFiles;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealmDefinitionTest {
    private final PlatformConfig config = PlatformConfig.from(new Properties(),
            Map.of(PlatformConfig.PROJECT_DIR, "/p", PlatformConfig.PORT_OFFSET, "20000"));
    private final List<TenantDefinition> tenants = TenantFiles.loadDemoTenants();
    private final JsonObject realm = RealmDefinition.build(config, tenants);

    @Test
    void realmSettings() {
        assertEquals("ekinerja", realm.getString("realm"));
        assertTrue(realm.getBoolean("organizationsEnabled"));
        assertEquals("none", realm.getString("sslRequired"));
        assertFalse(realm.getBoolean("registrationAllowed"));
        assertFalse(realm.getBoolean("loginWithEmailAllowed"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertEquals("platform-admin",
                realm.getJsonObject("roles").getJsonArray("realm").getJsonObject(0).getString("name"));
    }

    @Test
    void clients() {
        JsonObject web = client("ekinerja-web");
        assertTrue(web.getBoolean("publicClient"));
        assertTrue(web.getBoolean("directAccessGrantsEnabled"));
        assertEquals(List.of("http://127.0.0.1:28080/*", "http://localhost:28080/*"), strings(web, "redirectUris"));
        assertEquals("S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"));
        assertEquals("+", web.getJsonObject("attributes").getString("post.logout.redirect.uris"));
        assertTrue(strings(web, "optionalClientScopes").contains("organization"));

        JsonObject admin = client("ekinerja-admin");
        assertFalse(admin.getBoolean("publicClient"));
        assertTrue(admin.getBoolean("serviceAccountsEnabled"));
        assertEquals("ekinerja-admin-secret", admin.getString("secret"));
        JsonObject sa = user("service-account-ekinerja-admin");
        assertEquals(List.of("realm-admin"), strings(sa.getJsonObject("clientRoles"), "realm-management"));
    }

    @Test
    void oneUserPerPersonAndEveryTenantAnOrganization() {
        Set<String> nips = tenants.stream().flatMap(t -> t.organisation().people().stream()).map(Person::nip)
                .collect(Collectors.toSet());
        List<String> usernames = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).collect(Collectors.toList());
        assertEquals(usernames.size(), Set.copyOf(usernames).size(), "usernames are unique");
        assertTrue(usernames.containsAll(nips));
        assertTrue(usernames.contains(DemoAccounts.PLATFORM_ADMIN_USERNAME));
        assertEquals(nips.size() + 2, usernames.size(), "people + platform admin + service account");

        Map<String, Integer> orgCountByNip = new HashMap<>();
        List<JsonObject> orgs = realm.getJsonArray("organizations").getValuesAs(JsonObject.class);
        assertEquals(tenants.size(), orgs.size());
        for (JsonObject org : orgs) {
            TenantDefinition t = tenants.stream().filter(x -> x.code().equals(org.getString("alias"))).findFirst()
                    .orElseThrow();
            assertEquals(t.name(), org.getString("name"));
            org.getJsonArray("members").getValuesAs(JsonObject.class)
                    .forEach(m -> orgCountByNip.merge(m.getString("username"), 1, Integer::sum));
        }
        assertTrue(orgCountByNip.values().stream().anyMatch(n -> n >= 2), "a shared person is in two organizations");
    }

    @Test
    void usersHaveDefaultRolesAndPasswords() {
        for (JsonObject u : realm.getJsonArray("users").getValuesAs(JsonObject.class)) {
            assertTrue(strings(u, "realmRoles").contains("default-roles-ekinerja"), u.getString("username"));
            if (!u.containsKey("serviceAccountClientId")) {
                JsonObject cred = u.getJsonArray("credentials").getJsonObject(0);
                assertEquals(DemoAccounts.PASSWORD, cred.getString("value"));
                assertFalse(cred.getBoolean("temporary"));
            }
        }
        assertTrue(strings(user(DemoAccounts.PLATFORM_ADMIN_USERNAME), "realmRoles").contains("platform-admin"));
    }

    @Test
    void namesAreSplitAtTheLastWord() {
        assertEquals(List.of("Moh. Syaiful", "Anam"), List.of(RealmDefinition.splitName("Moh. Syaiful  Anam")));
        assertEquals(List.of("Hartini", ""), List.of(RealmDefinition.splitName(" Hartini ")));
    }

    @Test
    void noDemoMeansNoPeopleAndNoOrganizations() {
        JsonObject bare = RealmDefinition.build(config.withDemo(false));
        assertEquals(0, bare.getJsonArray("organizations").size());
        assertEquals(2, bare.getJsonArray("users").size());
    }

    @Test
    void configDefaultsAndWildFlyArguments() {
        assertEquals(Path.of("/p/.ekinerja"), config.workDir());
        assertEquals(Path.of("/p/ear/target/wildfly"), config.wildflyHome());
        assertEquals(Path.of("/p/ear/target/ekinerja.ear"), config.earFile());
        assertEquals(Path.of("/p/runtime/target/keycloak"), config.keycloakHome());
        assertEquals(28080, config.httpPort());
        assertEquals(29990, config.managementPort());
        assertEquals("jdbc:postgresql://127.0.0.1:25432/ekinerja", config.jdbcUrl());
        List<String> args = WildFlyServer.javaVmArguments(config);
        assertTrue(args.contains("-Djboss.socket.binding.port-offset=20000"), args.toString());
        assertTrue(args.contains("-Dekinerja.oidc.provider-url=http://127.0.0.1:28180/realms/ekinerja"), args.toString());
        assertTrue(args.contains("-Dekinerja.public-url=http://localhost:28080"), args.toString());
        assertTrue(args.contains("-Dekinerja.keycloak.admin-client-secret=ekinerja-admin-secret"), args.toString());
        PlatformConfig external = PlatformConfig.from(new Properties(), Map.of(PlatformConfig.PROJECT_DIR, "/p",
                PlatformConfig.DB_URL, "jdbc:postgresql://db:5432/x"));
        assertFalse(external.embeddedDatabase());
        assertEquals("jdbc:postgresql://db:5432/x", external.jdbcUrl());
    }

    private JsonObject client(String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(clientId)).findFirst().orElseThrow();
    }

    private JsonObject user(String username) {
        return realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toList());
    }
}
