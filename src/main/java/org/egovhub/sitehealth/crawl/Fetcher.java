package org.egovhub.sitehealth.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Asks one URL, following redirects itself (so a loop is seen and named), each hop paced per host
 * and limited in time. A body larger than the limit is left unread. Never throws for what the
 * server does: every outcome is an {@link Answer}.
 */
public final class Fetcher {

    private static final int MAX_REDIRECTS = 10;

    /**
     * Closes a body still being read at its deadline: the client's request timeout ends with the
     * headers, so a server that sends them and then stalls would otherwise hold a worker for ever.
     */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sitehealth-read-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;
    private final HostPacer pacer;
    private final Function<URI, Duration> pauseFor;

    /**
     * @param timeout how long one request may take to answer
     * @param maxBytes the largest body read
     * @param pauseFor the pause between two requests to the URL's host
     */
    public Fetcher(Duration timeout, long maxBytes, String userAgent, HostPacer pacer, Function<URI, Duration> pauseFor) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.pacer = pacer;
        this.pauseFor = pauseFor;
    }

    /** GETs {@code url} with extra request headers (the validators of a conditional GET). */
    public Answer get(String url, Map<String, String> headers) throws InterruptedException {
        return exchange("GET", url, headers);
    }

    /** HEADs {@code url}. */
    public Answer head(String url) throws InterruptedException {
        return exchange("HEAD", url, Map.of());
    }

    private Answer exchange(String method, String url, Map<String, String> headers) throws InterruptedException {
        long started = System.nanoTime();
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(url));
        URI current = LinkUrls.parse(url).orElse(null);
        if (current == null) {
            return new Answer(url, url, 0, "invalid-url", null, null, false, chain, null, null, 0);
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            pacer.await(SiteHosts.key(current), pauseFor.apply(current));
            HttpRequest.Builder request = HttpRequest.newBuilder(current).timeout(timeout).header("User-Agent", userAgent)
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (hop == 0) {
                headers.forEach(request::header);
            }
            HttpResponse<InputStream> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                return failure(url, current, chain, word(e), started);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() >= 300 && response.statusCode() < 400 && response.statusCode() != 304 && location != null) {
                discard(response);
                URI next;
                try {
                    next = current.resolve(location.trim());
                } catch (IllegalArgumentException e) {
                    return new Answer(url, current.toString(), response.statusCode(), null, null, null, false, chain, null, null,
                            millis(started));
                }
                chain.add(next.toString());
                if (!seen.add(next.toString())) {
                    return failure(url, next, chain, "loop", started);
                }
                current = next;
                continue;
            }
            return answer(url, current, chain, response, started);
        }
        return failure(url, current, chain, "loop", started);
    }

    private Answer answer(String url, URI at, List<String> chain, HttpResponse<InputStream> response, long started) {
        String type = response.headers().firstValue("Content-Type").orElse(null);
        String etag = response.headers().firstValue("ETag").orElse(null);
        String modified = response.headers().firstValue("Last-Modified").orElse(null);
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        byte[] body = null;
        boolean oversized = length > maxBytes;
        InputStream in = response.body();
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            late.set(true);
            close(in);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            if (!oversized && response.statusCode() != 304) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    oversized = true;
                    body = null;
                }
            }
        } catch (IOException e) {
            return failure(url, at, chain, late.get() || e instanceof HttpTimeoutException ? "timeout" : word(e), started);
        } finally {
            deadline.cancel(false);
        }
        if (late.get() && body != null) {
            return failure(url, at, chain, "timeout", started);
        }
        return new Answer(url, at.toString(), response.statusCode(), null, type, body, oversized, chain, etag, modified,
                millis(started));
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is what ends the read; nothing more to do
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.readNBytes(64 * 1024);
        } catch (IOException e) {
            // the redirect is followed all the same
        }
    }

    private static Answer failure(String url, URI at, List<String> chain, String word, long started) {
        return new Answer(url, at.toString(), 0, word, null, null, false, chain, null, null, millis(started));
    }

    private static String word(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "dns";
            }
        }
        // refused, reset or closed before an answer: the server could not be talked to
        return "connect";
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
