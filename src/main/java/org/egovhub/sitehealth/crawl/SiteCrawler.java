package org.egovhub.sitehealth.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.egovhub.platform.pages.PageDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one site: from the start URLs, every page on the site's hosts that robots.txt allows, up
 * to the page budget; then checks every link found that was not crawled (HEAD, then GET when HEAD
 * is refused or the answer is a page, to see soft 404s). Each host has its own pause; at most
 * {@code concurrency} requests are in flight. Pages answering 304 to a conditional GET are read
 * from the {@link PageCache}.
 */
public final class SiteCrawler {

    private static final Logger log = LoggerFactory.getLogger(SiteCrawler.class);

    /** How to crawl. */
    public record Settings(List<String> start, SiteHosts hosts, Duration hostDelay, Duration externalHostDelay,
            int concurrency, int pageBudget, Duration linkTimeout, long maxPageBytes, String userAgent) {
    }

    private final Settings settings;
    private final Fetcher fetcher;
    private final PageCache cache;

    public SiteCrawler(Settings settings, HostPacer pacer, PageCache cache) {
        this.settings = settings;
        this.cache = cache;
        this.fetcher = new Fetcher(settings.linkTimeout(), settings.maxPageBytes(), settings.userAgent(), pacer,
                url -> settings.hosts().contains(url) ? settings.hostDelay() : settings.externalHostDelay());
    }

    /** One page read on its own: the answer, and the page when it is one. */
    public record Read(Answer answer, Document page) {
    }

    /** Reads one page outside the crawl (a column the crawl did not reach). */
    public Read read(String url) throws InterruptedException {
        Answer answer = fetcher.get(url, Map.of());
        if (!answer.html()) {
            return new Read(answer, null);
        }
        return new Read(answer, Jsoup.parse(PageDecoder.decode(answer.body(), answer.contentType(), url).text(), answer.finalUrl()));
    }

    /** Crawls the site once, showing each page read to {@code visitor}. */
    public CrawlResult crawl(PageVisitor visitor) throws InterruptedException {
        return new Run(visitor).run();
    }

    /** One crawl's state. */
    private final class Run {

        private final PageVisitor visitor;
        private final ExecutorService workers = Executors.newFixedThreadPool(settings.concurrency());
        private final Phaser pending = new Phaser(1);
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Map<String, Answer> answers = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<Robots>> robots = new ConcurrentHashMap<>();
        private final Set<CrawlResult.LinkRef> links = Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        private final List<String> oversized = Collections.synchronizedList(new ArrayList<>());
        private final List<String> undeclared = Collections.synchronizedList(new ArrayList<>());
        private final List<String> robotsSkipped = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger started = new AtomicInteger();
        private final AtomicInteger notCrawled = new AtomicInteger();
        private final AtomicBoolean budgetReached = new AtomicBoolean();
        private final Set<String> beyondBudget = ConcurrentHashMap.newKeySet();

        Run(PageVisitor visitor) {
            this.visitor = visitor;
        }

        CrawlResult run() throws InterruptedException {
            try {
                for (String url : settings.start()) {
                    LinkUrls.parse(url).ifPresent(this::crawlLater);
                }
                pending.arriveAndAwaitAdvance();
                for (CrawlResult.LinkRef link : List.copyOf(links)) {
                    if (!answers.containsKey(link.url()) && seen.add("check " + link.url())) {
                        submit(() -> answers.put(link.url(), check(link.url())));
                    }
                }
                pending.arriveAndAwaitAdvance();
            } finally {
                workers.shutdownNow();
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("crawl interrupted");
            }
            List<CrawlResult.LinkRef> reported = links.stream().filter(l -> answers.containsKey(l.url())).toList();
            return new CrawlResult(started.get() - notCrawled.get(), Map.copyOf(answers), reported, budgetReached.get(),
                    beyondBudget.size(), List.copyOf(oversized), List.copyOf(undeclared), List.copyOf(robotsSkipped));
        }

        private void crawlLater(URI url) {
            String key = url.toString();
            if (!seen.add(key)) {
                return;
            }
            if (started.incrementAndGet() > settings.pageBudget()) {
                notCrawled.incrementAndGet();
                budgetReached.set(true);
                beyondBudget.add(key);
                return;
            }
            submit(() -> crawlPage(url));
        }

        private void submit(InterruptibleTask task) {
            pending.register();
            workers.execute(() -> {
                try {
                    task.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.warn("Site check: a crawl step failed: {}", e.toString());
                } finally {
                    pending.arriveAndDeregister();
                }
            });
        }

        private void crawlPage(URI url) throws InterruptedException {
            String key = url.toString();
            Answer answer = fetcher.get(key, cache.validators(key));
            if (answer.status() == 304 && answer.failure() == null) {
                PageCache.Kept kept = cache.get(key).orElse(null);
                if (kept != null) {
                    answer = new Answer(key, answer.finalUrl(), 200, null, kept.contentType(), kept.body(), false,
                            answer.redirects(), kept.etag(), kept.lastModified(), answer.millis());
                }
            }
            if (answer.oversized()) {
                oversized.add(key);
            }
            if (!answer.html()) {
                answers.put(key, answer.body() == null ? answer : withoutBody(answer));
                return;
            }
            cache.put(key, answer);
            PageDecoder.Decoded decoded = PageDecoder.decode(answer.body(), answer.contentType(), key);
            if (!decoded.declared()) {
                undeclared.add(key);
            }
            Document page = Jsoup.parse(decoded.text(), answer.finalUrl());
            if (SoftErrors.saysNotFound(page)) {
                answers.put(key, withoutBody(answer).failed("soft-404"));
                return;
            }
            answers.put(key, withoutBody(answer));
            visitor.page(key, page);
            for (Element a : page.select("a[href], area[href]")) {
                URI link = LinkUrls.of(a.attr("href"), a.absUrl("href")).orElse(null);
                if (link == null || !allowed(link)) {
                    continue;
                }
                links.add(new CrawlResult.LinkRef(link.toString(), key));
                if (settings.hosts().contains(link) && !LinkUrls.isDocument(link)) {
                    crawlLater(link);
                }
            }
        }

        private Answer check(String url) throws InterruptedException {
            Answer head = fetcher.head(url);
            boolean page = head.status() == 200 && head.contentType() != null && head.contentType().contains("html");
            if (head.failure() == null && (head.status() >= 400 || page)) {
                Answer get = fetcher.get(url, Map.of());
                if (get.html() && SoftErrors.saysNotFound(Jsoup.parse(
                        PageDecoder.decode(get.body(), get.contentType(), url).text(), get.finalUrl()))) {
                    return withoutBody(get).failed("soft-404");
                }
                return withoutBody(get);
            }
            return head;
        }

        private boolean allowed(URI url) {
            CompletableFuture<Robots> rules = robots.computeIfAbsent(SiteHosts.key(url), host -> new CompletableFuture<>());
            synchronized (rules) {
                if (!rules.isDone()) {
                    rules.complete(readRobots(url));
                }
            }
            String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            if (rules.join().allows(path)) {
                return true;
            }
            robotsSkipped.add(url.toString());
            return false;
        }

        private Robots readRobots(URI url) {
            try {
                Answer answer = fetcher.get(url.resolve("/robots.txt").toString(), Map.of());
                if (answer.status() == 200 && answer.body() != null) {
                    return Robots.parse(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8), settings.userAgent());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Robots.ALLOW_ALL;
        }

        private static Answer withoutBody(Answer a) {
            return new Answer(a.url(), a.finalUrl(), a.status(), a.failure(), a.contentType(), null, a.oversized(), a.redirects(),
                    a.etag(), a.lastModified(), a.millis());
        }
    }

    @FunctionalInterface
    private interface InterruptibleTask {
        void run() throws InterruptedException;
    }
}
