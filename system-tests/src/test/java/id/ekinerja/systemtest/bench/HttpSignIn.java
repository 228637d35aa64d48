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

/** Signing in through Keycloak's login form with the JDK's HttpClient, as a browser would (benchmarks, drills). */
public final class HttpSignIn {
    private HttpSignIn() {
    }

    /**
     * A client that follows redirects and keeps cookies like a browser on http://localhost, and speaks HTTP/1.1 as
     * browsers do over plain HTTP (the JDK's default tries an HTTP/2 upgrade, which a "Connection: close" breaks).
     */
    public static HttpClient browser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(new InsecureCookies())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Follows the OIDC redirect to Keycloak's login form and fills it (username first, then password if asked).
     * {@code headers} (name, value, …) go with every request, e.g. {@code "Connection", "close"} for a sign-in that
     * leaves no open connection behind (needs {@code -Djdk.httpclient.allowRestrictedHeaders=connection}).
     */
    public static void signIn(HttpClient browser, String page, String username, String password, String... headers)
            throws Exception {
        HttpResponse<String> response = browser.send(request(page, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
        Pattern action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
        for (int step = 0; step < 3; step++) {
            Matcher m = action.matcher(response.body());
            if (!m.find()) {
                break;
            }
            String target = m.group(1).replace("&amp;", "&");
            String body = "username=" + enc(username) + (response.body().contains("name=\"password\"")
                    ? "&password=" + enc(password) + "&credentialId=" : "");
            response = browser.send(request(target, headers)
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
    public static final class InsecureCookies extends java.net.CookieHandler {
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

    /** A request with the extra headers, if any (the builder refuses an empty list). */
    private static HttpRequest.Builder request(String uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        return headers.length == 0 ? request : request.headers(headers);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
