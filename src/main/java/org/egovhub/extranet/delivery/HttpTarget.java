package org.egovhub.extranet.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.egovhub.extranet.channel.Target;

/**
 * POSTs a record as JSON with {@code Idempotency-Key: <stable id>} (URL-encoded, as ids hold Chinese
 * document numbers), so a target that already holds the record can drop the repeat.
 */
final class HttpTarget {

    private final HttpClient client;
    private final Duration timeout;

    HttpTarget(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Delivers and answers the HTTP status; 408, 429 and 5xx are retried, other 4xx are refused. */
    int post(Target target, String channel, String stableId, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url())).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Idempotency-Key", URLEncoder.encode(stableId, StandardCharsets.UTF_8))
                .header("X-Hub-Channel", channel)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TargetUnavailableException(target.describe() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetUnavailableException(target.describe() + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return status;
        }
        String detail = target.describe() + " answered " + status;
        if (status >= 500 || status == 408 || status == 429) {
            throw new TargetUnavailableException(detail, null);
        }
        throw new TargetRefusedException(detail + ": " + abbreviate(response.body()));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
