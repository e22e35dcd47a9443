package org.egovhub.repost.publish;

import org.egovhub.repost.RepostProperties;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * POSTs an item version as JSON to the CMS import endpoint, with the configured Authorization
 * header and {@code Idempotency-Key: id:version}, so the CMS can ignore a retry it already imported.
 * A non-2xx answer throws: the publish route retries with backoff and finally dead-letters.
 */
@Component
public class CmsPublisher {

    private final RepostProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    CmsPublisher(RepostProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    void post(PublishedItem item) throws IOException {
        if (properties.cms().url().isBlank()) {
            throw new IllegalStateException("Column " + item.column() + " publishes to the CMS but hub.repost.cms.url is empty");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.cms().url())).timeout(properties.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8").header("Idempotency-Key", item.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(item)));
        if (!properties.cms().authHeader().isBlank()) {
            request.header("Authorization", properties.cms().authHeader());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while posting " + item.idempotencyKey() + " to the CMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("CMS answered HTTP " + response.statusCode() + " to " + item.idempotencyKey());
        }
    }
}
