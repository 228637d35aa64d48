package id.ekinerja.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Admin REST calls the platform needs, authenticated as the confidential client {@code ekinerja-admin}
 * (client-credentials grant; its service account holds realm-management roles). Configured from the system
 * properties {@code ekinerja.keycloak.url}, {@code .realm}, {@code .admin-client-id}, {@code .admin-client-secret}.
 */
@ApplicationScoped
public class KeycloakAdmin {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String cachedToken;
    private Instant tokenExpiry = Instant.EPOCH;

    private static String setting(String name, String fallback) {
        return System.getProperty("ekinerja.keycloak." + name, fallback);
    }

    private String baseUrl() {
        return setting("url", "http://127.0.0.1:28180");
    }

    private String realm() {
        return setting("realm", "ekinerja");
    }

    private String adminUrl(String path) {
        return baseUrl() + "/admin/realms/" + realm() + path;
    }

    private synchronized String token() {
        if (cachedToken != null && Instant.now().isBefore(tokenExpiry)) {
            return cachedToken;
        }
        String form = "grant_type=client_credentials&client_id=" + enc(setting("admin-client-id", "ekinerja-admin"))
                + "&client_secret=" + enc(setting("admin-client-secret", "ekinerja-admin-secret"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/realms/" + realm() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new KeycloakException("Keycloak refused the platform's admin client: HTTP " + response.statusCode(),
                    response.statusCode());
        }
        JsonObject json = parse(response.body()).asJsonObject();
        cachedToken = json.getString("access_token");
        // renew well before expiry so a long operation never carries a token that dies half-way
        tokenExpiry = Instant.now().plusSeconds(Math.max(5, json.getInt("expires_in", 60) - 30));
        return cachedToken;
    }

    /** The id of the organization with this alias, if any. */
    public Optional<String> findOrganizationId(String alias) {
        JsonArray found = get("/organizations?briefRepresentation=true&exact=true&search=" + enc(alias)).asJsonArray();
        Optional<String> byAlias = idWhere(found, "alias", alias);
        if (byAlias.isPresent()) {
            return byAlias;
        }
        // search matches names and domains; aliases are not searchable in every version, so page through
        for (int first = 0; ; first += 100) {
            JsonArray page = get("/organizations?briefRepresentation=true&first=" + first + "&max=100").asJsonArray();
            Optional<String> id = idWhere(page, "alias", alias);
            if (id.isPresent() || page.size() < 100) {
                return id;
            }
        }
    }

    public boolean organizationNameTaken(String name) {
        JsonArray found = get("/organizations?briefRepresentation=true&exact=true&search=" + enc(name)).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> name.equalsIgnoreCase(o.getString("name", "")));
    }

    public String createOrganization(String alias, String name) {
        JsonObject body = Json.createObjectBuilder()
                .add("name", name)
                .add("alias", alias)
                .add("enabled", true)
                .add("domains", Json.createArrayBuilder())
                .build();
        HttpResponse<String> response = send(authorized("/organizations")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        expect(response, 201, "create organization " + alias);
        return idFromLocation(response);
    }

    public void deleteOrganization(String id) {
        HttpResponse<String> response = send(authorized("/organizations/" + enc(id)).DELETE().build());
        expect(response, 204, "delete organization " + id);
    }

    public Optional<String> findUserId(String username) {
        JsonArray found = get("/users?exact=true&briefRepresentation=true&username=" + enc(username)).asJsonArray();
        return idWhere(found, "username", username);
    }

    /** Creates an enabled user whose first sign-in must replace the given temporary password. */
    public String createUser(String username, String email, String fullName, String temporaryPassword) {
        String first = fullName;
        String last = "";
        int space = fullName.lastIndexOf(' ');
        if (space > 0) {
            first = fullName.substring(0, space);
            last = fullName.substring(space + 1);
        }
        JsonObject body = Json.createObjectBuilder()
                .add("username", username)
                .add("email", email)
                .add("firstName", first)
                .add("lastName", last.isEmpty() ? first : last)
                .add("enabled", true)
                .add("emailVerified", false)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", temporaryPassword).add("temporary", true)))
                .build();
        HttpResponse<String> response = send(authorized("/users")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        expect(response, 201, "create user " + username);
        return idFromLocation(response);
    }

    public void deleteUser(String id) {
        HttpResponse<String> response = send(authorized("/users/" + enc(id)).DELETE().build());
        expect(response, 204, "delete user " + id);
    }

    public void addMember(String organizationId, String userId) {
        HttpResponse<String> response = send(authorized("/organizations/" + enc(organizationId) + "/members")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createValue(userId).toString())).build());
        expect(response, 201, "add member to organization " + organizationId);
    }

    public void setOrganizationEnabled(String organizationId, boolean enabled) {
        JsonObject current = get("/organizations/" + enc(organizationId)).asJsonObject();
        JsonObject updated = Json.createObjectBuilder(current).add("enabled", enabled).build();
        HttpResponse<String> response = send(authorized("/organizations/" + enc(organizationId))
                .PUT(HttpRequest.BodyPublishers.ofString(updated.toString())).build());
        expect(response, 204, "update organization " + organizationId);
    }

    private JsonValue get(String path) {
        HttpResponse<String> response = send(authorized(path).GET().build());
        expect(response, 200, "GET " + path);
        return parse(response.body());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(adminUrl(path)))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakException("Keycloak is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakException("Interrupted while calling Keycloak", e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new KeycloakException("Keycloak could not " + what + ": HTTP " + response.statusCode() + " "
                    + abbreviate(response.body()), response.statusCode());
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
    }

    private static String idFromLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakException("Keycloak sent no Location header", response.statusCode()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Optional<String> idWhere(JsonArray array, String field, String value) {
        return array.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.get(field) instanceof JsonString s && s.getString().equals(value))
                .map(o -> o.getString("id"))
                .findFirst();
    }

    private static JsonValue parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
