package id.ekinerja.systemtest.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the page benchmarks share to fetch pages over HTTP as a signed-in person: a password set through Keycloak's
 * admin API, a sign-in through Keycloak's real login form with an HttpClient that keeps cookies like a browser,
 * and percentiles.
 */
final class BenchHttp {
    private BenchHttp() {
    }

    /** An HttpClient that follows redirects and keeps cookies as a browser does on localhost. */
    static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(new InsecureCookies()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The p-th percentile of sorted nanosecond times, in ms. */
    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }

    /** A real password and no required action, so the login form signs the user straight in. */
    static void setPassword(String userId, String password) throws Exception {
        String kc = System.getProperty("ekinerja.keycloak.url");
        String realm = System.getProperty("ekinerja.keycloak.realm", "ekinerja");
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=client_credentials&client_id=" + enc(System.getProperty("ekinerja.keycloak.admin-client-id"))
                + "&client_secret=" + enc(System.getProperty("ekinerja.keycloak.admin-client-secret"));
        String tokenJson = http.send(HttpRequest.newBuilder(URI.create(kc + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenJson);
        if (!m.find()) {
            throw new AssertionError("no admin token: " + tokenJson);
        }
        String user = kc + "/admin/realms/" + realm + "/users/" + userId;
        String token = "Bearer " + m.group(1);
        // the whole representation back (a partial one may clear fields), without the required action
        jakarta.json.JsonObject current = jakarta.json.Json.createReader(new java.io.StringReader(http.send(
                HttpRequest.newBuilder(URI.create(user)).header("Authorization", token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body())).readObject();
        String updated = jakarta.json.Json.createObjectBuilder(current)
                .add("requiredActions", jakarta.json.Json.createArrayBuilder()).build().toString();
        for (var call : List.of(
                Map.entry(user + "/reset-password", "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}"),
                Map.entry(user, updated))) {
            int status = http.send(HttpRequest.newBuilder(URI.create(call.getKey())).header("Authorization", token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(call.getValue()))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status / 100 != 2) {
                throw new AssertionError("Keycloak answered " + status + " to " + call.getKey());
            }
        }
    }

    /** Follows the OIDC redirect to Keycloak's login form and fills it (username first, then password if asked). */
    static void signIn(HttpClient browser, String page, String username, String password) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Pattern action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
        for (int step = 0; step < 3; step++) {
            Matcher m = action.matcher(response.body());
            if (!m.find()) {
                break;
            }
            String target = m.group(1).replace("&amp;", "&");
            String body = "username=" + enc(username) + (response.body().contains("name=\"password\"")
                    ? "&password=" + enc(password) + "&credentialId=" : "");
            response = browser.send(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200 || !response.uri().toString().startsWith(page.substring(0, page.indexOf("/t/")))) {
            Matcher error = Pattern.compile("(?s)kc-feedback-text\">(.*?)<|id=\"kc-error-message\".*?<p[^>]*>(.*?)<")
                    .matcher(response.body());
            throw new AssertionError("sign-in did not come back to the application: HTTP " + response.statusCode() + " at "
                    + response.uri() + ": " + (error.find() ? error.group(1) != null ? error.group(1) : error.group(2)
                    : response.body().substring(0, Math.min(3000, response.body().length()))));
        }
    }

    /**
     * Cookies as a browser keeps them for http://localhost: Keycloak marks its login cookies {@code Secure}
     * (SameSite=None), which browsers accept on loopback addresses but the JDK's CookieManager then never
     * sends over plain HTTP.
     */
    private static final class InsecureCookies extends java.net.CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws java.io.IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws java.io.IOException {
            Map<String, List<String>> plain = new LinkedHashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("set-cookie") ? values.stream().map(v -> v.replaceAll("(?i);\\s*secure(?=;|$)", ""))
                    .toList() : values));
            cookies.put(uri, plain);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
