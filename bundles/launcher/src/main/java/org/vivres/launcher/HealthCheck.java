package org.vivres.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Polls {@code /api/health} until it answers 200 with {@code "status":"UP"}. */
final class HealthCheck {

    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private HealthCheck() {
    }

    /**
     * @param stillRunning polled between attempts, so that a framework that stopped fails at once, not at the deadline
     * @throws LaunchException when the deadline passes or {@code stillRunning} turns false
     */
    static void awaitUp(URI health, Duration timeout, BooleanSupplier stillRunning) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(REQUEST_TIMEOUT).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "aucune réponse";
        while (true) {
            if (!stillRunning.getAsBoolean()) {
                throw new LaunchException("Le framework s'est arrêté avant d'être prêt (" + health + " : " + last + ").");
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && UP.matcher(response.body()).find()) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Attente de " + health + " interrompue", e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new LaunchException(health + " n'a pas répondu UP en " + timeout.toSeconds()
                        + " s ; dernière réponse : " + last);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Attente de " + health + " interrompue", e);
            }
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
