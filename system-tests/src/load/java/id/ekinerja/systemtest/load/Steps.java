package id.ekinerja.systemtest.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces the load simulations share: the people (a TSV written by the benchmark), the HTTP protocol, a
 * Keycloak sign-in as a browser does it, and timed page requests recorded in {@link Recorder}.
 * Parameters come as system properties set by {@link LoadBench} before each run.
 */
final class Steps {
    static final String PASSWORD = "bench-Sandi-12345";

    private Steps() {
    }

    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("missing system property " + name);
        }
        return value;
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(setting("load.base")).acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("id-ID,id;q=0.9").userAgentHeader("e-Kinerja load benchmark")
                .disableCaching().shareConnections();
    }

    /** The people of the file whose kind is one of {@code kinds}, each once (tenant, nip). */
    static FeederBuilder<Object> people(String... kinds) {
        return listFeeder(rows(kinds)).queue();
    }

    /** The same, starting again from the first when more users than people are asked for (a second session each). */
    static FeederBuilder<Object> peopleCircular(String... kinds) {
        return listFeeder(rows(kinds)).circular();
    }

    private static List<Map<String, Object>> rows(String... kinds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(setting("load.people")))) {
                String[] f = line.split("\t");
                if (f.length == 3 && List.of(kinds).contains(f[2])) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("tenant", f[0]);
                    row.put("nip", f[1]);
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("nobody of kind " + List.of(kinds));
        }
        return rows;
    }

    /**
     * Opens a tenant page, is sent to Keycloak, gives the username, then the password (organizations make it two
     * pages), and comes back signed in. Keycloak marks its login cookies Secure; like a browser on a loopback
     * address, the load keeps sending them over plain HTTP (copied as non-secure cookies).
     */
    static ChainBuilder signIn(String firstPage) {
        String keycloakHost = URI.create(setting("load.keycloak")).getHost();
        CheckBuilder loginForm = css("#kc-form-login", "action").transform(a -> a.replace("&amp;", "&")).saveAs("login");
        CheckBuilder cookies = headerRegex("Set-Cookie", "^([A-Za-z0-9_]+)=([^;]*)").captureGroups(2).findAll()
                .optional().saveAs("kcCookies");
        ChainBuilder keepCookies = exec(session -> session.contains("kcCookies") ? session
                : session.set("kcCookies", List.of())).foreach("#{kcCookies}", "c").on(exec(addCookie(
                Cookie(s -> s.<String>getList("c").get(0), s -> s.<String>getList("c").get(1))
                        .withDomain(keycloakHost).withPath("/").withSecure(false))));
        return exec(session -> session.set("signInStart", System.currentTimeMillis()))
                .exec(http("sign-in 1 page → Keycloak").get("/t/#{tenant}/" + firstPage).check(loginForm, cookies))
                .exec(keepCookies)
                .exec(http("sign-in 2 username").post("#{login}").formParam("username", "#{nip}")
                        .check(loginForm, css("#password").exists(), cookies))
                .exec(keepCookies)
                .exec(http("sign-in 3 password → app").post("#{login}").formParam("username", "#{nip}")
                        .formParam("password", PASSWORD).formParam("credentialId", "")
                        .check(status().is(200), css("#kc-form-login").notExists(), substring("id=\"logout\"").exists()))
                .exec(session -> {
                    // the whole walk as a person waits for it: three requests, Keycloak's redirects and the first page
                    Recorder.record("sign-in (3 requests)", session.isFailed() ? -1
                            : System.currentTimeMillis() - session.getLong("signInStart"), !session.isFailed());
                    Recorder.signedIn();
                    return session;
                })
                // a failed sign-in still counts as finished (above), so nobody waits for it
                .exitHereIfFailed();
    }

    /** A request whose time and outcome are recorded under {@code name}; a failure does not end the user's run. */
    static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> record(name, session));
    }

    private static Session record(String name, Session session) {
        boolean ok = !session.isFailed();
        Recorder.record(name, session.contains("rt") ? session.getLong("rt") : -1, ok);
        return session.remove("rt").set("lastOk", ok).markAsSucceeded();
    }
}
