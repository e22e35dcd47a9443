package org.egovhub.repost.fetch;

import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.extract.PublishDates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Downloads upstream pages politely: conditional GET with the ETag / Last-Modified remembered per
 * URL in the database (so a restart does not re-download everything), timeouts, a pause between
 * requests to one host, and a size limit checked while reading.
 */
@Component
public class UpstreamFetcher {

    /** What an upstream answered. {@code tooLarge} pages were not read past the limit. */
    public record Response(int status, byte[] body, String contentType, boolean notModified, boolean tooLarge, long bytesRead) {

        boolean ok() {
            return status >= 200 && status < 300 && !tooLarge;
        }
    }

    private final RepostProperties properties;
    private final NamedParameterJdbcTemplate jdbc;
    private final HttpClient http;
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

    public UpstreamFetcher(RepostProperties properties, NamedParameterJdbcTemplate jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** GETs the URL; with {@code conditional}, sends the validators remembered from the last answer. */
    public Response get(String url, boolean conditional) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.trim())).timeout(properties.readTimeout())
                .header("User-Agent", properties.userAgent()).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (conditional) {
            jdbc.query("select etag, last_modified from repost_http_cache where url = :url", Map.of("url", url), rs -> {
                if (rs.getString("etag") != null) {
                    request.header("If-None-Match", rs.getString("etag"));
                }
                if (rs.getString("last_modified") != null) {
                    request.header("If-Modified-Since", rs.getString("last_modified"));
                }
            });
        }
        waitForHost(URI.create(url.trim()).getHost());
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (response.statusCode() == 304) {
            response.body().close();
            return new Response(304, new byte[0], contentType, true, false, 0);
        }
        long limit = properties.maxPageSize().toBytes();
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                return new Response(response.statusCode(), new byte[0], contentType, false, true, body.length);
            }
            if (response.statusCode() == 200) {
                remember(url, response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
            }
            return new Response(response.statusCode(), body, contentType, false, false, body.length);
        }
    }

    private void remember(String url, String etag, String lastModified) {
        MapSqlParameterSource params = new MapSqlParameterSource("url", url).addValue("etag", etag)
                .addValue("lastModified", lastModified).addValue("at", OffsetDateTime.now(PublishDates.ZONE));
        if (jdbc.update("update repost_http_cache set etag = :etag, last_modified = :lastModified, checked_at = :at where url = :url", params) == 0) {
            try {
                jdbc.update("insert into repost_http_cache (url, etag, last_modified, checked_at) values (:url, :etag, :lastModified, :at)", params);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another node remembered the same answer at the same moment: either copy will do
            }
        }
    }

    /** One request at a time per host, at least host-delay apart: government sites ban eager crawlers. */
    private void waitForHost(String host) throws InterruptedException {
        Object lock = hostLocks.computeIfAbsent(host == null ? "" : host, h -> new Object());
        synchronized (lock) {
            long wait = lastRequest.getOrDefault(host == null ? "" : host, 0L) + properties.hostDelay().toMillis() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            lastRequest.put(host == null ? "" : host, System.currentTimeMillis());
        }
    }
}
