package id.ekinerja.systemtest;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talking to the application over HTTP like a browser or an API client, without a browser: sign-in through
 * Keycloak's real login form (cookies kept), real access tokens by the password grant, and the checks every
 * security test applies to every answer (no stack trace, the security headers). One place for what
 * SkpPageBench and RestApiIT each did their own way. Runs inside WildFly (reads the
 * server's {@code ekinerja.keycloak.*} properties).
 */
final class SecurityHttp {
    /** A stack trace or an exception class name in a body: what no user may ever see. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "\\.java:\\d+\\)|\\bat (java|jakarta|org|id|io|sun)\\.[\\w.$]+\\(|[a-z]\\.[A-Z]\\w*(Exception|Error)\\b");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SecurityHttp() {
    }

    /** The application's base URL as seen from this machine (in WildFly: its own HTTP port). */
    static String base() {
        return "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    /** A browser-like session: follows redirects, keeps cookies (also Keycloak's Secure ones on plain HTTP). */
    static final class Session {
        final String username;
        final InsecureCookies cookies = new InsecureCookies();
        final HttpClient client;

        Session(String username) {
            this.username = username;
            this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
        }

        HttpResponse<byte[]> getBytes(String pathOrUrl) {
            try {
                return client.send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(pathOrUrl, e);
            }
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(request.uri().toString(), e);
            }
        }

        /** The value of the application's session cookie, or null. */
        String sessionId() {
            return cookies.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** Posts a JSF form found in {@code page}: every input of the form as rendered, plus the given fields. */
        HttpResponse<byte[]> postForm(HttpResponse<String> page, String formId, Map<String, String> fields) {
            String html = page.body();
            Matcher form = Pattern.compile("(?s)<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>")
                    .matcher(html);
            if (!form.find()) {
                throw new AssertionError("no form " + formId + " on " + page.uri());
            }
            Map<String, String> values = new LinkedHashMap<>();
            Matcher input = Pattern.compile("<input[^>]*>").matcher(form.group(2));
            while (input.find()) {
                String tag = input.group();
                String name = attr(tag, "name");
                String type = attr(tag, "type");
                if (name != null && !"submit".equals(type) && !"checkbox".equals(type) && !"radio".equals(type)) {
                    values.put(name, html(attr(tag, "value") == null ? "" : attr(tag, "value")));
                }
            }
            values.putAll(fields);
            StringBuilder body = new StringBuilder();
            values.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            URI action = page.uri().resolve(html(form.group(1)));
            try {
                return client.send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(action.toString(), e);
            }
        }
    }

    /** Signs in through Keycloak's login form (username first, then the password if asked) and lands on {@code page}. */
    static Session signIn(String username, String page) {
        return signIn(new Session(username), page, DemoAccounts.PASSWORD);
    }

    static Session signIn(Session session, String page, String password) {
        HttpResponse<String> response = session.get(page);
        Pattern action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
        for (int step = 0; step < 3; step++) {
            Matcher m = action.matcher(response.body());
            if (!m.find()) {
                break;
            }
            String target = m.group(1).replace("&amp;", "&");
            String body = "username=" + enc(session.username) + (response.body().contains("name=\"password\"")
                    ? "&password=" + enc(password) + "&credentialId=" : "");
            response = session.send(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        if (isLoginPage(response) || !response.uri().toString().startsWith(base())) {
            throw new AssertionError("sign-in of " + session.username + " did not come back to the application: HTTP "
                    + response.statusCode() + " at " + response.uri() + ": " + head(response.body()));
        }
        return session;
    }

    /** Whether this answer is Keycloak's sign-in form (where an anonymous or signed-out browser ends up). */
    static boolean isLoginPage(HttpResponse<?> response) {
        return !response.uri().toString().startsWith(base()) || (response.body() instanceof String s && s.contains("kc-form-login"));
    }

    /** A real access token by the password grant, with the organization claim the pages' sign-in also gets. */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> {
            String tokenUrl = System.getProperty("ekinerja.keycloak.url") + "/realms/"
                    + System.getProperty("ekinerja.keycloak.realm", "ekinerja") + "/protocol/openid-connect/token";
            String form = "grant_type=password&client_id=" + System.getProperty("ekinerja.oidc.client-id", "ekinerja-web") + "&scope="
                    + enc("openid organization:*") + "&username=" + enc(u) + "&password=" + enc(DemoAccounts.PASSWORD);
            try {
                HttpResponse<String> r = PLAIN.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError("no token for " + u + ": " + r.body());
                }
                return jakarta.json.Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** GET with a bearer token ({@code null}: none), JSON asked for. */
    static HttpResponse<String> api(String path, String username) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
        if (username != null) {
            b.header("Authorization", "Bearer " + token(username));
        }
        return plain(b.build());
    }

    static HttpResponse<String> plain(HttpRequest request) {
        try {
            return PLAIN.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        }
    }

    /** An anonymous browser (no cookies), following redirects: agency pages end on Keycloak's sign-in. */
    static Session anonymous() {
        return new Session(null);
    }

    /**
     * The headers every answer of the application carries (pages, error pages, downloads, the API, /health);
     * null when all are there, else what is missing.
     */
    static String missingSecurityHeaders(HttpHeaders headers) {
        List<String> missing = new ArrayList<>();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        if (!csp.contains("frame-ancestors")) {
            missing.add("Content-Security-Policy with frame-ancestors");
        }
        if (!"nosniff".equalsIgnoreCase(headers.firstValue("X-Content-Type-Options").orElse(""))) {
            missing.add("X-Content-Type-Options: nosniff");
        }
        if (headers.firstValue("Referrer-Policy").isEmpty()) {
            missing.add("Referrer-Policy");
        }
        return missing.isEmpty() ? null : String.join(", ", missing);
    }

    static String head(String body) {
        return body == null ? "" : body.substring(0, Math.min(1500, body.length()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
    }

    private static String attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String html(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    /**
     * Cookies as a browser keeps them for http://localhost: Keycloak marks its login cookies {@code Secure}
     * (SameSite=None), which browsers accept on loopback addresses but the JDK's CookieManager then never
     * sends over plain HTTP.
     */
    static final class InsecureCookies extends java.net.CookieHandler {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> plain = new LinkedHashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.toLowerCase(Locale.ROOT)
                    .startsWith("set-cookie") ? values.stream().map(v -> v.replaceAll("(?i);\\s*secure(?=;|$)", ""))
                    .toList() : values));
            cookies.put(uri, plain);
        }
    }
}
