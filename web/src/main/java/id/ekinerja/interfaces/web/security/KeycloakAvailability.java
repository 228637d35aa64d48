package id.ekinerja.interfaces.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak answers: its realm's discovery document loads within 2 s. {@link #probe()} asks every
 * time (the health endpoint); {@link #up()} (Keycloak does not refuse; slow counts as up) remembers its answer
 * for 3 s, for the sign-in redirect, so a
 * burst of sign-ins while Keycloak is down costs one probe, and a Keycloak that is back is noticed at once.
 */
public final class KeycloakAvailability {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long REMEMBER_NANOS = Duration.ofSeconds(3).toNanos();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private static volatile boolean lastAnswer = true;
    private static volatile long answeredAt = System.nanoTime() - REMEMBER_NANOS;

    private KeycloakAvailability() {
    }

    public static boolean up() {
        if (System.nanoTime() - answeredAt < REMEMBER_NANOS) {
            return lastAnswer;
        }
        boolean answer = !refusing();
        lastAnswer = answer;
        answeredAt = System.nanoTime();
        return answer;
    }

    /**
     * Whether Keycloak clearly cannot serve a sign-in: it refuses connections, cannot be reached, or answers the
     * discovery request with an error. A slow answer is not a refusal: on a loaded machine Keycloak may take
     * longer than the probe's time-out, and sending the user to it then is right (a false "unavailable" page
     * would block a sign-in that works; this happened in the test run under load).
     */
    static boolean refusing() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(
                            URI.create(OidcSettings.providerUrl() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() >= 400;
        } catch (java.net.http.HttpConnectTimeoutException e) {
            return true;
        } catch (java.net.http.HttpTimeoutException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static boolean probe() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(
                            URI.create(OidcSettings.providerUrl() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
