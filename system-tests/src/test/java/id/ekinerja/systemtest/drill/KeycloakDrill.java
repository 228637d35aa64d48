package id.ekinerja.systemtest.drill;

import id.ekinerja.runtime.KeycloakServer;
import id.ekinerja.runtime.LocalPlatform;
import id.ekinerja.runtime.PlatformConfig;
import id.ekinerja.systemtest.bench.HttpSignIn;
import id.ekinerja.tenantconfig.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fault drill: Keycloak stopped while the platform runs, then started again with its data. While it is down,
 * a signed-in user's pages must keep working (until the tokens end), and a new sign-in must get the
 * application's "sign-in unavailable, try again" page (503), not a browser connection error or a stack trace;
 * once Keycloak is back, signing in works again without restarting WildFly. Prints what it saw; fails (the build) if a
 * rule was broken. Run: {@code mvn verify -pl system-tests -am -DskipTests -Pdrill-keycloak} (README).
 */
public final class KeycloakDrill {
    private static final String RATNA = "198511172009042001";
    private static final String HENDRA = "197104121998031002";
    private static boolean broken;

    private KeycloakDrill() {
    }

    public static void main(String[] args) throws Exception {
        PlatformConfig config = PlatformConfig.fromSystemProperties().withDemo(true);
        String page = config.tenantUrl("kpu-dki") + "skp/my.xhtml";
        System.out.printf(Locale.ROOT, "%n=== Keycloak drill: Keycloak stopped and started again under a running platform ===%n");
        KeycloakServer restarted = null;
        try (LocalPlatform platform = LocalPlatform.start(config, true)) {
            HttpClient signedIn = HttpSignIn.browser();
            HttpSignIn.signIn(signedIn, page, RATNA, DemoAccounts.PASSWORD);
            check(get(signedIn, page).statusCode() == 200, "signed in before the outage");

            long t0 = System.nanoTime();
            platform.keycloak().close();
            System.out.printf(Locale.ROOT, "[keycloak] stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            long down = System.nanoTime();
            int ok = 0;
            int requests = 0;
            while (System.nanoTime() - down < Duration.ofSeconds(20).toNanos()) {
                HttpResponse<String> r = get(signedIn, page);
                requests++;
                ok += r.statusCode() == 200 && r.body().contains("SKP") ? 1 : 0;
                Thread.sleep(500);
            }
            System.out.printf(Locale.ROOT, "[keycloak] signed-in user during the outage: %d of %d page loads OK%n", ok, requests);
            check(ok == requests, "signed-in pages keep working");

            HttpResponse<String> fresh = get(HttpSignIn.browser(), config.tenantUrl("kpu-dki"));
            String text = fresh.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            System.out.printf(Locale.ROOT, "[keycloak] new sign-in during the outage: HTTP %d at %s: %s%n", fresh.statusCode(),
                    fresh.uri(), text.substring(0, Math.min(300, text.length())));
            check(fresh.statusCode() == 503 && text.contains("coba lagi"), "new sign-in gets a clear 'try again' page");

            long restart = System.nanoTime();
            restarted = platform.keycloak().restartKeepingData();
            long back = System.nanoTime();
            System.out.printf(Locale.ROOT, "[keycloak] restarted with its data in %.1f s%n", (back - restart) / 1e9);
            HttpClient again = HttpSignIn.browser();
            long firstTry = System.nanoTime();
            Exception last = null;
            boolean signedInAgain = false;
            while (!signedInAgain && System.nanoTime() - firstTry < Duration.ofSeconds(60).toNanos()) {
                try {
                    HttpSignIn.signIn(again, page, HENDRA, DemoAccounts.PASSWORD);
                    signedInAgain = get(again, page).statusCode() == 200;
                } catch (Exception | AssertionError e) {
                    last = e instanceof Exception ex ? ex : new Exception(e);
                    Thread.sleep(1000);
                }
            }
            System.out.printf(Locale.ROOT, "[keycloak] a new sign-in worked %.1f s after Keycloak was ready%s%n",
                    (System.nanoTime() - back) / 1e9, signedInAgain ? "" : " — NOT: " + last);
            check(signedInAgain, "sign-in works again without restarting WildFly");
            check(get(signedIn, page).statusCode() == 200, "the session from before the outage still works");
        } finally {
            if (restarted != null) {
                restarted.close();
            }
        }
        System.out.println(broken ? "=== DRILL FAILED ===" : "=== DRILL PASSED ===");
        if (broken) {
            throw new AssertionError("the drill found a broken rule (lines marked BROKEN above)");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(boolean ok, String rule) {
        System.out.println("  " + (ok ? "OK   " : "BROKEN ") + rule);
        broken |= !ok;
    }
}
