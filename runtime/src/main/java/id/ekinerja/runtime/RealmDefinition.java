package id.ekinerja.runtime;

import id.ekinerja.tenantconfig.DemoAccounts;
import id.ekinerja.tenantconfig.Person;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantFiles;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the Keycloak realm import ({@code ekinerja-realm.json}) for the platform:
 * <ul>
 * <li>realm {@value PlatformConfig#REALM} with organizations enabled, http allowed, no self-registration,
 * login by username (the NIP) only, brute-force protection on; a user profile in which the last name is
 * optional (many Indonesians have a single name);</li>
 * <li>realm role {@value PlatformConfig#PLATFORM_ADMIN_ROLE};</li>
 * <li>client {@value PlatformConfig#WEB_CLIENT_ID}: public, standard flow with PKCE S256, password grant
 * (tests, benchmarks), the {@code organization} scope as optional scope (request {@code organization:*});</li>
 * <li>client {@value PlatformConfig#ADMIN_CLIENT_ID}: confidential, service account with
 * {@code realm-management/realm-admin};</li>
 * <li>with demo on: every distinct person of the demo tenants (username = NIP, password
 * {@link DemoAccounts#PASSWORD}) and one organization per tenant (alias = tenant code) with its people as
 * members; always: {@link DemoAccounts#PLATFORM_ADMIN_USERNAME} with the platform-admin role.</li>
 * </ul>
 * Organizations get no domains: Keycloak 26.5 requires none (checked: import and Admin REST create both
 * accept an organization without domains).
 */
public final class RealmDefinition {
    /** File name under Keycloak's {@code data/import}. */
    public static final String FILE_NAME = PlatformConfig.REALM + "-realm.json";
    public static final String PLATFORM_ADMIN_EMAIL = "platform.admin@ekinerja.local";

    private static final String DEFAULT_ROLES = "default-roles-" + PlatformConfig.REALM;

    private RealmDefinition() {
    }

    /** The realm for this configuration: demo tenants loaded from tenant-config when demo is on. */
    public static JsonObject build(PlatformConfig config) {
        return build(config, config.demo() ? TenantFiles.loadDemoTenants() : List.of());
    }

    /** The realm with these tenants as organizations and their people as users. */
    public static JsonObject build(PlatformConfig config, List<TenantDefinition> tenants) {
        JsonObjectBuilder realm = Json.createObjectBuilder()
                .add("realm", PlatformConfig.REALM)
                .add("displayName", "e-Kinerja")
                .add("enabled", true)
                .add("sslRequired", "none")
                .add("registrationAllowed", false)
                .add("registrationEmailAsUsername", false)
                .add("loginWithEmailAllowed", false)
                .add("duplicateEmailsAllowed", false)
                .add("editUsernameAllowed", false)
                .add("resetPasswordAllowed", false)
                .add("rememberMe", false)
                .add("verifyEmail", false)
                .add("bruteForceProtected", true)
                .add("permanentLockout", false)
                .add("organizationsEnabled", true)
                .add("roles", Json.createObjectBuilder()
                        .add("realm", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", PlatformConfig.PLATFORM_ADMIN_ROLE)
                                        .add("description", "Operates the e-Kinerja platform console (tenants)"))))
                .add("clients", Json.createArrayBuilder()
                        .add(webClient(config))
                        .add(adminClient(config)))
                // the web client's tokens carry only the realm role the application checks (see webClient)
                .add("scopeMappings", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("client", PlatformConfig.WEB_CLIENT_ID)
                                .add("roles", Json.createArrayBuilder().add(PlatformConfig.PLATFORM_ADMIN_ROLE))))
                .add("components", Json.createObjectBuilder()
                        .add("org.keycloak.userprofile.UserProfileProvider", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("providerId", "declarative-user-profile")
                                        .add("subComponents", Json.createObjectBuilder())
                                        .add("config", Json.createObjectBuilder()
                                                .add("kc.user.profile.config", Json.createArrayBuilder()
                                                        .add(userProfile()))))));

        Map<String, Person> people = distinctPeople(tenants);
        JsonArrayBuilder users = Json.createArrayBuilder();
        users.add(Json.createObjectBuilder()
                .add("username", DemoAccounts.PLATFORM_ADMIN_USERNAME)
                .add("email", PLATFORM_ADMIN_EMAIL)
                .add("emailVerified", true)
                .add("firstName", "Platform")
                .add("lastName", "Admin")
                .add("enabled", true)
                .add("credentials", password())
                .add("realmRoles", Json.createArrayBuilder().add(DEFAULT_ROLES).add(PlatformConfig.PLATFORM_ADMIN_ROLE)));
        users.add(Json.createObjectBuilder()
                .add("username", "service-account-" + PlatformConfig.ADMIN_CLIENT_ID)
                .add("enabled", true)
                .add("serviceAccountClientId", PlatformConfig.ADMIN_CLIENT_ID)
                .add("realmRoles", Json.createArrayBuilder().add(DEFAULT_ROLES))
                .add("clientRoles", Json.createObjectBuilder()
                        .add("realm-management", Json.createArrayBuilder().add("realm-admin"))));
        for (Person person : people.values()) {
            String[] names = splitName(person.name());
            JsonObjectBuilder user = Json.createObjectBuilder()
                    .add("username", person.nip())
                    .add("enabled", true)
                    .add("firstName", names[0]);
            if (!names[1].isEmpty()) {
                user.add("lastName", names[1]);
            }
            if (person.email() != null && !person.email().isBlank()) {
                user.add("email", person.email()).add("emailVerified", true);
            }
            users.add(user
                    .add("credentials", password())
                    .add("realmRoles", Json.createArrayBuilder().add(DEFAULT_ROLES)));
        }
        realm.add("users", users);

        JsonArrayBuilder organizations = Json.createArrayBuilder();
        for (TenantDefinition tenant : tenants) {
            JsonArrayBuilder members = Json.createArrayBuilder();
            tenant.organisation().people().stream()
                    .map(Person::nip)
                    .distinct()
                    .forEach(nip -> members.add(Json.createObjectBuilder().add("username", nip)));
            organizations.add(Json.createObjectBuilder()
                    .add("name", tenant.name())
                    .add("alias", tenant.code())
                    .add("enabled", true)
                    .add("description", "Demo tenant " + tenant.code())
                    .add("members", members));
        }
        realm.add("organizations", organizations);
        return realm.build();
    }

    /** Writes the realm as pretty-printed UTF-8 JSON, creating parent folders. */
    public static void write(JsonObject realm, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 JsonWriter writer = prettyWriterFactory().createWriter(out)) {
                writer.writeObject(realm);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Every distinct person of these tenants by NIP, in tenant order (the first occurrence wins). A person in
     * several tenants is one Keycloak user. Two different NIPs with the same e-mail are refused: Keycloak would
     * reject the import.
     */
    public static Map<String, Person> distinctPeople(List<TenantDefinition> tenants) {
        Map<String, Person> byNip = new LinkedHashMap<>();
        Map<String, String> nipByEmail = new HashMap<>();
        for (TenantDefinition tenant : tenants) {
            for (Person person : tenant.organisation().people()) {
                if (byNip.putIfAbsent(person.nip(), person) != null) {
                    continue;
                }
                if (person.email() != null && !person.email().isBlank()) {
                    String other = nipByEmail.putIfAbsent(person.email().toLowerCase(java.util.Locale.ROOT), person.nip());
                    if (other != null) {
                        throw new IllegalStateException("e-mail " + person.email() + " belongs to NIP " + other
                                + " and NIP " + person.nip() + " (tenant " + tenant.code() + "): Keycloak needs unique e-mails");
                    }
                }
            }
        }
        return byNip;
    }

    /** {first names, last name}: the last word is the last name; a single name has an empty last name. */
    static String[] splitName(String fullName) {
        String name = fullName.strip().replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {name, ""};
        }
        return new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    private static JsonArrayBuilder password() {
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "password")
                .add("value", DemoAccounts.PASSWORD)
                .add("temporary", false));
    }

    private static JsonObject webClient(PlatformConfig config) {
        int port = config.httpPort();
        return Json.createObjectBuilder()
                .add("clientId", PlatformConfig.WEB_CLIENT_ID)
                .add("name", "e-Kinerja")
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", true)
                .add("standardFlowEnabled", true)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", true)
                .add("serviceAccountsEnabled", false)
                .add("frontchannelLogout", true)
                .add("rootUrl", config.publicUrl())
                .add("baseUrl", "/")
                .add("redirectUris", Json.createArrayBuilder()
                        .add("http://127.0.0.1:" + port + "/*")
                        .add("http://localhost:" + port + "/*"))
                .add("webOrigins", Json.createArrayBuilder().add("+"))
                .add("attributes", Json.createObjectBuilder()
                        .add("pkce.code.challenge.method", "S256")
                        .add("post.logout.redirect.uris", "+"))
                // Lean tokens: every signed-in session holds its tokens as text and as parsed claims, so they carry
                // only what the application reads: the NIP (preferred_username), the realm role platform-admin
                // (no other role is in this client's scope), the organizations, and the basics (sub, expiry, session).
                // No profile, e-mail, web origins or acr claims: names and addresses come from the tenant's records.
                .add("fullScopeAllowed", false)
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "username")
                        .add("protocol", "openid-connect")
                        .add("protocolMapper", "oidc-usermodel-attribute-mapper")
                        .add("config", Json.createObjectBuilder()
                                .add("user.attribute", "username")
                                .add("claim.name", "preferred_username")
                                .add("jsonType.label", "String")
                                .add("id.token.claim", "true")
                                .add("access.token.claim", "true")
                                .add("userinfo.token.claim", "true"))))
                .add("defaultClientScopes", Json.createArrayBuilder().add("roles").add("basic"))
                .add("optionalClientScopes", Json.createArrayBuilder()
                        .add("organization").add("offline_access").add("address").add("phone").add("microprofile-jwt"))
                .build();
    }

    private static JsonObject adminClient(PlatformConfig config) {
        return Json.createObjectBuilder()
                .add("clientId", PlatformConfig.ADMIN_CLIENT_ID)
                .add("name", "e-Kinerja administration (service account)")
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", false)
                .add("clientAuthenticatorType", "client-secret")
                .add("secret", config.adminClientSecret())
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("serviceAccountsEnabled", true)
                .build();
    }

    /** Keycloak's default user profile with {@code lastName} optional. */
    private static String userProfile() {
        JsonObject permissions = Json.createObjectBuilder()
                .add("view", Json.createArrayBuilder().add("admin").add("user"))
                .add("edit", Json.createArrayBuilder().add("admin").add("user"))
                .build();
        JsonObject requiredForUsers = Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("user")).build();
        JsonObject profile = Json.createObjectBuilder()
                .add("attributes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", "username")
                                .add("displayName", "${username}")
                                .add("permissions", permissions)
                                .add("validations", Json.createObjectBuilder()
                                        .add("length", Json.createObjectBuilder().add("min", 3).add("max", 255))
                                        .add("username-prohibited-characters", Json.createObjectBuilder())
                                        .add("up-username-not-idn-homograph", Json.createObjectBuilder())))
                        .add(Json.createObjectBuilder()
                                .add("name", "email")
                                .add("displayName", "${email}")
                                .add("required", requiredForUsers)
                                .add("permissions", permissions)
                                .add("validations", Json.createObjectBuilder()
                                        .add("email", Json.createObjectBuilder())
                                        .add("length", Json.createObjectBuilder().add("max", 255))))
                        .add(Json.createObjectBuilder()
                                .add("name", "firstName")
                                .add("displayName", "${firstName}")
                                .add("required", requiredForUsers)
                                .add("permissions", permissions)
                                .add("validations", personName()))
                        .add(Json.createObjectBuilder()
                                .add("name", "lastName")
                                .add("displayName", "${lastName}")
                                .add("permissions", permissions)
                                .add("validations", personName())))
                .add("groups", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", "user-metadata")
                                .add("displayHeader", "User metadata")
                                .add("displayDescription", "Attributes, which refer to user metadata")))
                .build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(profile);
        }
        return out.toString();
    }

    private static JsonObject personName() {
        return Json.createObjectBuilder()
                .add("length", Json.createObjectBuilder().add("max", 255))
                .add("person-name-prohibited-characters", Json.createObjectBuilder())
                .build();
    }

    private static JsonWriterFactory prettyWriterFactory() {
        return Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    }

    /** The realm as a pretty-printed string (for logs and tests). */
    public static String toPrettyString(JsonObject realm) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = prettyWriterFactory().createWriter(out)) {
            writer.writeObject(realm);
        }
        return out.toString();
    }

    /** The members (NIPs) of each organization alias, as put into the realm. */
    public static Map<String, List<String>> memberships(List<TenantDefinition> tenants) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (TenantDefinition tenant : tenants) {
            m.put(tenant.code(), new ArrayList<>(tenant.organisation().people().stream().map(Person::nip).distinct().toList()));
        }
        return m;
    }
}
