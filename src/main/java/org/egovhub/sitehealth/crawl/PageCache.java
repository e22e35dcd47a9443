package org.egovhub.sitehealth.crawl;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validators and text of pages read before, for conditional GET: a page that answers 304 is
 * checked from the text kept here. Kept in memory, for the life of the crawler.
 */
public final class PageCache {

    /** A page as last read. */
    public record Kept(String etag, String lastModified, String contentType, byte[] body) {
    }

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();

    public Optional<Kept> get(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    /** Keeps a page that carried a validator. */
    public void put(String url, Answer answer) {
        if (answer.body() != null && (answer.etag() != null || answer.lastModified() != null)) {
            pages.put(url, new Kept(answer.etag(), answer.lastModified(), answer.contentType(), answer.body()));
        }
    }

    /** The request headers of a conditional GET for {@code url}; none for a page not kept. */
    public Map<String, String> validators(String url) {
        Kept kept = pages.get(url);
        if (kept == null) {
            return Map.of();
        }
        Map<String, String> headers = new java.util.HashMap<>();
        if (kept.etag() != null) {
            headers.put("If-None-Match", kept.etag());
        }
        if (kept.lastModified() != null) {
            headers.put("If-Modified-Since", kept.lastModified());
        }
        return headers;
    }
}
