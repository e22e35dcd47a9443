package org.egovhub.sitehealth.crawl;

import java.util.List;

/**
 * What a URL answered, after following its redirects.
 *
 * @param url the URL asked for
 * @param finalUrl where the redirects ended
 * @param status the HTTP status, 0 when there was no HTTP answer
 * @param failure {@code timeout}, {@code connect}, {@code dns}, {@code loop}, {@code soft-404}, or {@code invalid-url}
 *     for a URL that cannot be asked at all; null when none
 * @param contentType the Content-Type header, if any
 * @param body the body read, null for HEAD, a 304 or an oversized page
 * @param oversized whether the body was larger than the limit (left unread)
 * @param redirects the redirect chain, in order
 * @param etag the ETag, for the next conditional GET
 * @param lastModified the Last-Modified header, for the next conditional GET
 * @param millis how long it took
 */
public record Answer(String url, String finalUrl, int status, String failure, String contentType, byte[] body,
        boolean oversized, List<String> redirects, String etag, String lastModified, long millis) {

    /** Whether it counts as a broken link. */
    public boolean broken() {
        return failure != null || status >= 400;
    }

    /** The status as reports give it: the HTTP status as a number, else the failure's word. */
    public Object statusValue() {
        return failure != null ? failure : status;
    }

    /** Whether the answer is a page to read. */
    public boolean html() {
        return status == 200 && failure == null && !oversized && body != null
                && (contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("html"));
    }

    /** The same answer flagged with a failure (a soft 404). */
    public Answer failed(String word) {
        return new Answer(url, finalUrl, status, word, contentType, body, oversized, redirects, etag, lastModified, millis);
    }
}
