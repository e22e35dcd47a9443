package org.egovhub.extranet.delivery;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.egovhub.extranet.channel.Target;

/**
 * POSTs a record as JSON with {@code Idempotency-Key: <stable id>} (URL-encoded, as ids hold Chinese
 * document numbers), so a target that already holds the record can drop the repeat. Blocking calls
 * on the consumer's own thread over pooled keep-alive connections (one per concurrent consumer);
 * the client never retries on its own, the delivery route does.
 */
final class HttpTarget implements AutoCloseable {

    /** Pooled connections per target host: at least one per concurrent consumer of a path. */
    private static final int CONNECTIONS_PER_HOST = 32;

    private final CloseableHttpClient client;

    HttpTarget(Duration timeout) {
        Timeout limit = Timeout.of(timeout);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(CONNECTIONS_PER_HOST).setMaxConnTotal(4 * CONNECTIONS_PER_HOST)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                .build();
        this.client = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).setConnectionRequestTimeout(limit).build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().build();
    }

    /** What the target answered. */
    private record Answer(int status, String body) {
    }

    /** Delivers and answers the HTTP status; 408, 429 and 5xx are retried, other 4xx are refused. */
    int post(Target target, String channel, String stableId, String json) {
        HttpPost post = new HttpPost(target.url());
        post.setHeader("Idempotency-Key", URLEncoder.encode(stableId, StandardCharsets.UTF_8));
        post.setHeader("X-Hub-Channel", channel);
        post.setEntity(new StringEntity(json, ContentType.create("application/json", StandardCharsets.UTF_8)));
        Answer answer;
        try {
            answer = client.execute(post, response -> {
                boolean success = response.getCode() >= 200 && response.getCode() < 300;
                String body = response.getEntity() == null ? null : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return new Answer(response.getCode(), success ? null : body);
            });
        } catch (IOException | IllegalArgumentException e) {
            throw new TargetUnavailableException(target.describe() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return status;
        }
        String detail = target.describe() + " answered " + status;
        if (status >= 500 || status == 408 || status == 429) {
            throw new TargetUnavailableException(detail, null);
        }
        throw new TargetRefusedException(detail + ": " + abbreviate(answer.body()));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // Closing idle connections at shutdown: nothing to recover.
        }
    }
}
