package org.vivres.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A GET that keeps the body as bytes, for rendered reports (the harness's client reads text only). */
public final class ReportHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What came back: status, media type and the raw body. */
    public record Raw(int status, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.startsWith("application/pdf") ? "<pdf>" : text());
        }
    }

    private ReportHttp() {
    }

    public static Raw get(Api api, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.base().resolve(path))
                .timeout(Duration.ofSeconds(60)).GET().header("Accept-Language", api.language());
        if (api.token() != null) {
            request.header("Authorization", "Bearer " + api.token());
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spaces as a reader sees them: no-break and narrow no-break spaces, line breaks. */
    public static String normalized(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
