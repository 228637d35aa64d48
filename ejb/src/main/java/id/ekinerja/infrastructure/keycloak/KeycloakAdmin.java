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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The Admin REST calls the platform needs, authenticated as the confidential client {@code ekinerja-admin}
 * (client-credentials grant; its service account holds realm-management roles). Configured from the system
 * properties {@code ekinerja.keycloak.url}, {@code .realm}, {@code .admin-client-id}, {@code .admin-client-secret}.
 */
@ApplicationScoped
public class KeycloakAdmin {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * Accounts per page when listing. Small on purpose: Keycloak 26.5 checks each listed organization member with
     * a query that first flushes the request's whole persistence context, so one page costs the square of its
     * size (5,000 accounts of organization members in one page ran past Keycloak's 300 s transaction limit and
     * came back as broken JSON). Paging by offset costs little next to that: the username index orders them.
     */
    static final int LISTING_PAGE = 100;

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

    public Optional<String> findUserIdByEmail(String email) {
        JsonArray found = get("/users?exact=true&briefRepresentation=true&email=" + enc(email)).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject)
                .filter(o -> email.equalsIgnoreCase(o.getString("email", ""))).map(o -> o.getString("id")).findFirst();
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

    /** Ends a membership; the account (the person's NIP login) stays. A missing membership counts as done. */
    public void removeMember(String organizationId, String userId) {
        HttpResponse<String> response = send(authorized("/organizations/" + enc(organizationId) + "/members/"
                + enc(userId)).DELETE().build());
        if (response.statusCode() != 404) {
            expect(response, 204, "remove member from organization " + organizationId);
        }
    }

    public void setOrganizationEnabled(String organizationId, boolean enabled) {
        JsonObject current = get("/organizations/" + enc(organizationId)).asJsonObject();
        JsonObject updated = Json.createObjectBuilder(current).add("enabled", enabled).build();
        HttpResponse<String> response = send(authorized("/organizations/" + enc(organizationId))
                .PUT(HttpRequest.BodyPublishers.ofString(updated.toString())).build());
        expect(response, 204, "update organization " + organizationId);
    }

    // ---- bulk paths for the organisation import (one call per page or per 500 users, not per person) ----

    /** An account as the bulk calls see it. */
    public record UserRef(String id, String username, String email) {
    }

    /** An account to create without a password; its first sign-in must set one (required action). */
    public record NewUser(String username, String email, String fullName) {
    }

    /**
     * Every account of the realm by username, {@link #LISTING_PAGE} at a time: one snapshot instead of one lookup
     * per person.
     */
    public Map<String, UserRef> allUsers() {
        final int page = LISTING_PAGE;
        Map<String, UserRef> users = new HashMap<>();
        for (int first = 0; ; first += page) {
            JsonArray found = get("/users?briefRepresentation=true&first=" + first + "&max=" + page).asJsonArray();
            for (JsonValue v : found) {
                JsonObject o = v.asJsonObject();
                users.put(o.getString("username"), new UserRef(o.getString("id"), o.getString("username"),
                        o.getString("email", null)));
            }
            if (found.size() < page) {
                return users;
            }
        }
    }

    /**
     * Creates the accounts that do not exist yet with the realm's partial import ({@code ifResourceExists:
     * SKIP}): no password (hashing would cost ~40 ms of Keycloak CPU each), required action UPDATE_PASSWORD,
     * the realm's default roles. Callers must have removed duplicate e-mails first (Keycloak answers 500).
     *
     * @return username → id of every account in the batch, created or skipped
     */
    public Map<String, String> partialImportUsers(List<NewUser> users) {
        return await(partialImportUsersAsync(users));
    }

    /** The future's value; its failure as thrown by the synchronous calls (a {@link KeycloakException}). */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * As {@link #partialImportUsers} without waiting, so that a few batches can be in flight at once (Keycloak
     * handles each on its own worker thread). Keep batches small (~50): one partial import is one Keycloak
     * transaction whose cost per user grows with the users already in it (500 users per request measured
     * 4–5 times more CPU per user than 50). The future fails with a {@link KeycloakException}.
     */
    public CompletableFuture<Map<String, String>> partialImportUsersAsync(List<NewUser> users) {
        var array = Json.createArrayBuilder();
        for (NewUser u : users) {
            String[] names = splitName(u.fullName());
            var user = Json.createObjectBuilder()
                    .add("username", u.username())
                    .add("firstName", names[0])
                    .add("lastName", names[1])
                    .add("enabled", true)
                    .add("emailVerified", false)
                    .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                    .add("realmRoles", Json.createArrayBuilder().add("default-roles-" + realm()));
            if (u.email() != null) {
                user.add("email", u.email());
            }
            array.add(user);
        }
        JsonObject body = Json.createObjectBuilder().add("ifResourceExists", "SKIP").add("users", array).build();
        HttpRequest request = authorized("/partialImport")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                throw new KeycloakException("Keycloak is not reachable: " + cause.getMessage(), cause);
            }
            expect(response, 200, "import " + users.size() + " users");
            Map<String, String> ids = new HashMap<>();
            for (JsonValue v : parse(response.body()).asJsonObject().getJsonArray("results")) {
                JsonObject r = v.asJsonObject();
                if ("USER".equals(r.getString("resourceType", "")) && r.get("id") instanceof JsonString id) {
                    ids.put(r.getString("resourceName"), id.getString());
                }
            }
            return ids;
        });
    }

    /** The ids of the organization's members, {@link #LISTING_PAGE} at a time. */
    public Set<String> memberIds(String organizationId) {
        Set<String> ids = new HashSet<>();
        for (int first = 0; ; first += LISTING_PAGE) {
            JsonArray page = get("/organizations/" + enc(organizationId) + "/members?briefRepresentation=true&first="
                    + first + "&max=" + LISTING_PAGE).asJsonArray();
            page.forEach(v -> ids.add(v.asJsonObject().getString("id")));
            if (page.size() < LISTING_PAGE) {
                return ids;
            }
        }
    }

    /**
     * Adds members with a few requests in flight (Keycloak has no bulk membership call). An account that is
     * already a member (409) counts as done, so a retry after a failure is safe.
     *
     * @param progress told the number of memberships done so far, now and then, on the calling thread
     * @return how many were added
     */
    public int addMembers(String organizationId, Iterable<String> userIds, int parallel, IntConsumer progress) {
        String path = "/organizations/" + enc(organizationId) + "/members";
        // lazy: userIds may be fed by another thread while earlier memberships are already being added
        Iterable<Call> calls = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<String> ids = userIds.iterator();

            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public Call next() {
                String id = ids.next();
                return new Call(path, "POST", Json.createValue(id).toString(),
                        "add member " + id + " to organization " + organizationId);
            }
        };
        return sendAll(calls, parallel, 201, 409, progress);
    }

    /** Sets a temporary password: the next sign-in must replace it (UPDATE_PASSWORD). */
    public void setTemporaryPassword(String userId, String password) {
        setTemporaryPasswords(Map.of(userId, password), 1);
    }

    /** As {@link #setTemporaryPassword} for many accounts, a few at a time (each costs ~40 ms of hashing). */
    public void setTemporaryPasswords(Map<String, String> passwordByUserId, int parallel) {
        sendAll(passwordByUserId.entrySet().stream().map(e -> new Call("/users/" + enc(e.getKey()) + "/reset-password",
                "PUT", Json.createObjectBuilder().add("type", "password").add("value", e.getValue())
                        .add("temporary", true).build().toString(), "set the initial password of " + e.getKey()))
                .toList(), parallel, 204, 204, n -> { });
    }

    private record Call(String path, String method, String body, String what) {
    }

    /** Sends the calls with at most {@code parallel} in flight; {@code ok} counts, {@code alsoFine} is tolerated. */
    private int sendAll(Iterable<Call> calls, int parallel, int ok, int alsoFine, IntConsumer progress) {
        Semaphore slots = new Semaphore(parallel);
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        try {
            int submitted = 0;
            for (Call call : calls) {
                slots.acquire();
                // progress is reported from the caller's thread (a managed one), never from the HTTP client's
                if (++submitted % 250 == 0) {
                    progress.accept(done.get());
                }
                // generous: under load Keycloak answers slowly, and a timed-out call fails the whole import
                HttpRequest request = authorized(call.path()).timeout(Duration.ofSeconds(90))
                        .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body())).build();
                inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                    slots.release();
                    if (error != null) {
                        throw new KeycloakException("Keycloak is not reachable: " + error.getMessage(), error);
                    }
                    if (response.statusCode() == ok) {
                        succeeded.incrementAndGet();
                    } else if (response.statusCode() != alsoFine) {
                        expect(response, ok, call.what());
                    }
                    done.incrementAndGet();
                    return null;
                }));
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakException("Interrupted while calling Keycloak", e);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof KeycloakException k ? k : new KeycloakException(String.valueOf(e.getMessage()), e);
        }
        progress.accept(done.get());
        return succeeded.get();
    }

    /** Keycloak wants a first and a last name; Indonesian names often have one word. */
    private static String[] splitName(String fullName) {
        int space = fullName.lastIndexOf(' ');
        if (space <= 0) {
            return new String[] {fullName, fullName};
        }
        return new String[] {fullName.substring(0, space), fullName.substring(space + 1)};
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
