package id.ekinerja.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the local platform needs to know: ports, paths, credentials and the demo switch.
 *
 * <p>Built from system properties ({@link #fromSystemProperties()}), each with a default:
 * <table>
 * <caption>system properties</caption>
 * <tr><th>property</th><th>default</th></tr>
 * <tr><td>{@value #PROJECT_DIR}</td><td>walk up from the working directory to the folder holding {@code ear/} and {@code runtime/}</td></tr>
 * <tr><td>{@value #WORK_DIR}</td><td>{@code <project>/.ekinerja} (database data, logs, WildFly base dir)</td></tr>
 * <tr><td>{@value #WILDFLY_HOME}</td><td>{@code <project>/ear/target/wildfly}</td></tr>
 * <tr><td>{@value #EAR}</td><td>{@code <project>/ear/target/ekinerja.ear}</td></tr>
 * <tr><td>{@value #KEYCLOAK_HOME}</td><td>{@code <project>/runtime/target/keycloak}</td></tr>
 * <tr><td>{@value #DB_PORT}</td><td>25432 (embedded PostgreSQL)</td></tr>
 * <tr><td>{@value #DB_URL}</td><td>unset: embedded PostgreSQL. Set: that server is used and none is started</td></tr>
 * <tr><td>{@value #DB_USER} / {@value #DB_PASSWORD}</td><td>ekinerja / ekinerja</td></tr>
 * <tr><td>{@value #KC_PORT}</td><td>28180 (Keycloak HTTP)</td></tr>
 * <tr><td>{@value #KC_MANAGEMENT_PORT}</td><td>29000 (Keycloak health)</td></tr>
 * <tr><td>{@value #PORT_OFFSET}</td><td>20000 (WildFly: HTTP 28080, management 29990)</td></tr>
 * <tr><td>{@value #ADMIN_CLIENT_SECRET}</td><td>ekinerja-admin-secret</td></tr>
 * <tr><td>{@value #DEMO}</td><td>true (demo tenants, their people and organizations)</td></tr>
 * <tr><td>{@value #WILDFLY_HEAP}</td><td>{@code -Xms256m -Xmx1g}</td></tr>
 * <tr><td>{@value #KC_HEAP}</td><td>unset: Keycloak's own default ({@code -Xms64m -Xmx512m})</td></tr>
 * <tr><td>{@value #KC_TIMEOUT} / {@value #WILDFLY_TIMEOUT}</td><td>180 / 300 seconds</td></tr>
 * </table>
 * The port property names are those of the parent POM.
 */
public record PlatformConfig(
        Path projectDir,
        Path workDir,
        Path wildflyHome,
        Path earFile,
        Path keycloakHome,
        int dbPort,
        String externalDbUrl,
        String dbUser,
        String dbPassword,
        int keycloakPort,
        int keycloakManagementPort,
        int portOffset,
        String adminClientSecret,
        boolean demo,
        String wildflyHeap,
        String keycloakHeap,
        Duration keycloakTimeout,
        Duration wildflyTimeout) {

    public static final String PROJECT_DIR = "ekinerja.project.dir";
    public static final String WORK_DIR = "ekinerja.work.dir";
    public static final String WILDFLY_HOME = "ekinerja.wildfly.home";
    public static final String EAR = "ekinerja.ear";
    public static final String KEYCLOAK_HOME = "ekinerja.keycloak.home";
    public static final String DB_PORT = "ekinerja.db.port";
    public static final String DB_URL = "ekinerja.db.url";
    public static final String DB_USER = "ekinerja.db.user";
    public static final String DB_PASSWORD = "ekinerja.db.password";
    public static final String KC_PORT = "ekinerja.kc.port";
    public static final String KC_MANAGEMENT_PORT = "ekinerja.kc.management.port";
    public static final String PORT_OFFSET = "ekinerja.port.offset";
    public static final String ADMIN_CLIENT_SECRET = "ekinerja.keycloak.admin-client-secret";
    public static final String DEMO = "ekinerja.demo";
    public static final String WILDFLY_HEAP = "ekinerja.wildfly.heap";
    public static final String KC_HEAP = "ekinerja.kc.heap";
    public static final String KC_TIMEOUT = "ekinerja.kc.timeout";
    public static final String WILDFLY_TIMEOUT = "ekinerja.wildfly.timeout";

    /** The one realm of the platform. */
    public static final String REALM = "ekinerja";
    /** Public OIDC client of the web application. */
    public static final String WEB_CLIENT_ID = "ekinerja-web";
    /** Confidential client whose service account manages organizations, users and memberships. */
    public static final String ADMIN_CLIENT_ID = "ekinerja-admin";
    /** Realm role for the platform console. */
    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";
    /** Database name of the embedded PostgreSQL. */
    public static final String DB_NAME = "ekinerja";
    /** Bootstrap admin of Keycloak's master realm (local only). */
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

    public PlatformConfig {
        if (externalDbUrl != null && externalDbUrl.isBlank()) {
            externalDbUrl = null;
        }
        if (keycloakHeap != null && keycloakHeap.isBlank()) {
            keycloakHeap = null;
        }
    }

    /** The configuration from the JVM's system properties, defaults for what is unset. */
    public static PlatformConfig fromSystemProperties() {
        return from(System.getProperties(), Map.of());
    }

    /** Like {@link #fromSystemProperties()} with some properties replaced, e.g. {@code Map.of(DEMO, "false")}. */
    public static PlatformConfig fromSystemProperties(Map<String, String> overrides) {
        return from(System.getProperties(), overrides);
    }

    /** The configuration from these properties (overrides win), defaults for what is unset. */
    public static PlatformConfig from(Properties properties, Map<String, String> overrides) {
        Map<String, String> p = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            p.put(name, properties.getProperty(name));
        }
        p.putAll(overrides);
        Path project = p.containsKey(PROJECT_DIR) && !p.get(PROJECT_DIR).isBlank()
                ? Path.of(p.get(PROJECT_DIR)).toAbsolutePath().normalize()
                : findProjectDir(Path.of("").toAbsolutePath());
        return new PlatformConfig(
                project,
                path(p, WORK_DIR, project.resolve(".ekinerja")),
                path(p, WILDFLY_HOME, project.resolve("ear/target/wildfly")),
                path(p, EAR, project.resolve("ear/target/ekinerja.ear")),
                path(p, KEYCLOAK_HOME, project.resolve("runtime/target/keycloak")),
                integer(p, DB_PORT, 25432),
                p.get(DB_URL),
                string(p, DB_USER, "ekinerja"),
                string(p, DB_PASSWORD, "ekinerja"),
                integer(p, KC_PORT, 28180),
                integer(p, KC_MANAGEMENT_PORT, 29000),
                integer(p, PORT_OFFSET, 20000),
                string(p, ADMIN_CLIENT_SECRET, "ekinerja-admin-secret"),
                Boolean.parseBoolean(string(p, DEMO, "true")),
                string(p, WILDFLY_HEAP, "-Xms256m -Xmx1g"),
                p.get(KC_HEAP),
                Duration.ofSeconds(integer(p, KC_TIMEOUT, 180)),
                Duration.ofSeconds(integer(p, WILDFLY_TIMEOUT, 300)));
    }

    /**
     * The project root: the nearest folder, from {@code start} upwards, that holds both {@code ear/} and
     * {@code runtime/}.
     */
    public static Path findProjectDir(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("ear")) && Files.isDirectory(dir.resolve("runtime"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the e-Kinerja project (a folder with ear/ and runtime/) above "
                + start + "; set -D" + PROJECT_DIR + "=...");
    }

    public PlatformConfig withDemo(boolean demo) {
        return new PlatformConfig(projectDir, workDir, wildflyHome, earFile, keycloakHome, dbPort, externalDbUrl, dbUser,
                dbPassword, keycloakPort, keycloakManagementPort, portOffset, adminClientSecret, demo, wildflyHeap,
                keycloakHeap, keycloakTimeout, wildflyTimeout);
    }

    public PlatformConfig withWorkDir(Path workDir) {
        return new PlatformConfig(projectDir, workDir.toAbsolutePath().normalize(), wildflyHome, earFile, keycloakHome,
                dbPort, externalDbUrl, dbUser, dbPassword, keycloakPort, keycloakManagementPort, portOffset,
                adminClientSecret, demo, wildflyHeap, keycloakHeap, keycloakTimeout, wildflyTimeout);
    }

    /** True when the launcher starts its own PostgreSQL (no {@value #DB_URL} given). */
    public boolean embeddedDatabase() {
        return externalDbUrl == null;
    }

    /** JDBC URL of the application database. */
    public String jdbcUrl() {
        return embeddedDatabase() ? "jdbc:postgresql://127.0.0.1:" + dbPort + "/" + DB_NAME : externalDbUrl;
    }

    /** WildFly HTTP port (8080 + offset). */
    public int httpPort() {
        return 8080 + portOffset;
    }

    /** WildFly management port (9990 + offset). */
    public int managementPort() {
        return 9990 + portOffset;
    }

    /** Keycloak base URL, e.g. {@code http://127.0.0.1:28180}. Keycloak's hostname is pinned to it. */
    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    /** The realm's URL, which is also the token issuer and the OIDC provider URL. */
    public String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** Token endpoint of the realm. */
    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** Keycloak admin console of the master realm (user {@value #KEYCLOAK_ADMIN}). */
    public String keycloakAdminConsoleUrl() {
        return keycloakUrl() + "/admin/master/console/#/" + REALM;
    }

    /** Base URL of the application as a browser sees it, e.g. {@code http://localhost:28080}. */
    public String publicUrl() {
        return "http://localhost:" + httpPort();
    }

    /** Entry page of a tenant. */
    public String tenantUrl(String tenantCode) {
        return publicUrl() + "/t/" + tenantCode + "/";
    }

    /** The platform console. */
    public String platformConsoleUrl() {
        return publicUrl() + "/platform/";
    }

    /**
     * The application's system properties for WildFly, in a stable order: database, OIDC, Keycloak admin
     * client, demo switch, public URL.
     */
    public Map<String, String> applicationProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ekinerja.db.url", jdbcUrl());
        m.put("ekinerja.db.user", dbUser);
        m.put("ekinerja.db.password", dbPassword);
        m.put("ekinerja.oidc.provider-url", realmUrl());
        m.put("ekinerja.oidc.client-id", WEB_CLIENT_ID);
        m.put("ekinerja.keycloak.url", keycloakUrl());
        m.put("ekinerja.keycloak.realm", REALM);
        m.put("ekinerja.keycloak.admin-client-id", ADMIN_CLIENT_ID);
        m.put("ekinerja.keycloak.admin-client-secret", adminClientSecret);
        m.put("ekinerja.demo", Boolean.toString(demo));
        m.put("ekinerja.public-url", publicUrl());
        return m;
    }

    private static Path path(Map<String, String> p, String name, Path dflt) {
        String v = p.get(name);
        return (v == null || v.isBlank() ? dflt : Path.of(v)).toAbsolutePath().normalize();
    }

    private static String string(Map<String, String> p, String name, String dflt) {
        String v = p.get(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static int integer(Map<String, String> p, String name, int dflt) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a number, not '" + v + "'", e);
        }
    }
}
