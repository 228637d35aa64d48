package id.ekinerja.systemtest.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Keycloak sign-in as a browser does it (page → login form → username → password → back to the page), every
 * request with {@code Connection: close}. The session-heap count uses it instead of Gatling: an open keep-alive
 * connection holds its last request in WildFly (about 13 KB measured), and Gatling leaves its connections open, so
 * its sign-ins counted connections as well as sessions. Needs {@code -Djdk.httpclient.allowRestrictedHeaders=connection}.
 */
final class ClosingSignIn {
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([A-Za-z0-9_]+)=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Cookies by host and port: Keycloak marks its cookies Secure, which a browser on a loopback address still sends. */
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    /** Signs in and returns the page's HTML; fails unless the page shows the sign-out link. */
    static String open(String pageUrl, String nip, String password) throws IOException, InterruptedException {
        ClosingSignIn browser = new ClosingSignIn();
        String body = browser.follow(browser.send(HttpRequest.newBuilder(URI.create(pageUrl)).GET()));
        body = browser.follow(browser.post(loginAction(body), Map.of("username", nip)));
        body = browser.follow(browser.post(loginAction(body), Map.of("username", nip, "password", password, "credentialId", "")));
        if (!body.contains("id=\"logout\"")) {
            throw new IllegalStateException("sign-in of " + nip + " did not reach the page: "
                    + body.substring(0, Math.min(300, body.length())));
        }
        return body;
    }

    private static String loginAction(String body) {
        Matcher m = LOGIN_FORM.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no Keycloak login form: " + body.substring(0, Math.min(300, body.length())));
        }
        return m.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Follows redirects as GETs, keeping cookies, and returns the final body. */
    private String follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            if (hops == 10) {
                throw new IllegalStateException("too many redirects at " + response.uri());
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " → HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI uri = request.build().uri();
        Map<String, String> jar = cookies.computeIfAbsent(uri.getAuthority(), a -> new HashMap<>());
        request.header("Connection", "close").header("Accept-Language", "id-ID,id;q=0.9").timeout(Duration.ofSeconds(30));
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find()) {
                jar.put(m.group(1), m.group(2));
            }
        }
        return response;
    }
}
