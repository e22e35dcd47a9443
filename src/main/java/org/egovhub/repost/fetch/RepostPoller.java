package org.egovhub.repost.fetch;

import org.egovhub.repost.RepostMetrics;
import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.extract.PublishDates;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostLedger;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.egovhub.alert.Alert;
import org.egovhub.alert.Alerts;
import org.egovhub.platform.UpstreamHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls one source: reads its list or feed (conditional GET), fetches the detail pages of items not
 * seen before and of recent items (to notice edits), and hands them on. A failing source backs off
 * exponentially, shows in health details and alerts the administrators; the other sources go on.
 */
@Component("repostPoller")
public class RepostPoller {

    private static final Logger log = LoggerFactory.getLogger(RepostPoller.class);

    private final SourceCatalog catalog;
    private final UpstreamFetcher fetcher;
    private final RepostLedger ledger;
    private final RepostProperties properties;
    private final UpstreamHealth health;
    private final Alerts alerts;
    private final RepostMetrics metrics;
    private final Clock clock = Clock.system(PublishDates.ZONE);
    private final Map<String, SourceState> states = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RepostPoller(SourceCatalog catalog, UpstreamFetcher fetcher, RepostLedger ledger, RepostProperties properties,
            UpstreamHealth health, Alerts alerts, RepostMetrics metrics) {
        this.catalog = catalog;
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.properties = properties;
        this.health = health;
        this.alerts = alerts;
        this.metrics = metrics;
        OffsetDateTime now = OffsetDateTime.now(clock);
        catalog.all().forEach(s -> states.put(s.id(), SourceState.initial(s, now)));
    }

    public List<SourceState> states() {
        return catalog.all().stream().map(s -> states.get(s.id())).toList();
    }

    public Optional<SourceState> state(String id) {
        return Optional.ofNullable(states.get(id));
    }

    /** Timer entry: polls unless the source is backing off after failures. */
    public List<FetchedPage> poll(String sourceId) {
        SourceState state = states.get(sourceId);
        if (state.nextPollAt() != null && state.nextPollAt().isAfter(OffsetDateTime.now(clock))) {
            return List.of();
        }
        return pollNow(sourceId);
    }

    /** Polls at once, backoff or not (an ADMIN asked for it). One poll per source at a time; sources poll in parallel. */
    public List<FetchedPage> pollNow(String sourceId) {
        Source source = catalog.find(sourceId).orElseThrow(() -> new IllegalArgumentException("No repost source " + sourceId));
        synchronized (locks.computeIfAbsent(sourceId, id -> new Object())) {
            return pollLocked(source);
        }
    }

    private List<FetchedPage> pollLocked(Source source) {
        String sourceId = source.id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            UpstreamFetcher.Response list = fetcher.get(source.url(), true);
            metrics.downloaded(source, list.bytesRead());
            List<FetchedPage> pages = new ArrayList<>();
            if (!list.notModified()) {
                if (!list.ok()) {
                    throw new IllegalStateException(list.tooLarge() ? "list is larger than " + properties.maxPageSize() : "HTTP " + list.status());
                }
                for (ListReader.Entry entry : ListReader.read(source, list.body(), list.contentType(), now.toLocalDate())) {
                    detail(source, entry, now).ifPresent(pages::add);
                }
            }
            int found = (int) pages.stream().filter(p -> ledger.findByUrl(p.url()).isEmpty()).count();
            states.put(sourceId, states.get(sourceId).succeeded(now, found));
            health.report("repost:" + sourceId, true, "last poll " + now + ", " + pages.size() + " page(s) to extract");
            alerts.clear(alertKey(sourceId, "failing"));
            checkSilence(source, now);
            metrics.fetched(source, pages.size());
            return pages;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            fail(source, now, e);
            return List.of();
        }
    }

    private Optional<FetchedPage> detail(Source source, ListReader.Entry entry, OffsetDateTime now) throws InterruptedException {
        Optional<LedgerEntry> known = ledger.findByUrl(entry.url());
        if (known.isPresent() && !recheck(known.get(), now)) {
            return Optional.empty();
        }
        if (source.kind() != Source.Kind.LIST_PAGE && entry.feedBody() != null && !entry.feedBody().isBlank()) {
            return Optional.of(new FetchedPage(source.id(), entry.url(), null, null, entry.title(), entry.date(), entry.feedBody(), now));
        }
        try {
            UpstreamFetcher.Response page = fetcher.get(entry.url(), known.isPresent());
            metrics.downloaded(source, page.bytesRead());
            if (page.notModified()) {
                return Optional.empty();
            }
            if (page.tooLarge()) {
                quarantine(source, entry.url(), "QUARANTINED", "page is larger than " + properties.maxPageSize() + "; not parsed", now);
                return Optional.empty();
            }
            if (!page.ok()) {
                quarantine(source, entry.url(), "FAILED", "detail page answered HTTP " + page.status(), now);
                return Optional.empty();
            }
            return Optional.of(new FetchedPage(source.id(), entry.url(), page.body(), page.contentType(), entry.title(), entry.date(), null, now));
        } catch (java.io.IOException e) {
            quarantine(source, entry.url(), "FAILED", "detail page cannot be fetched: " + describe(e), now);
            return Optional.empty();
        }
    }

    /** Items already settled are not fetched again, except recent ones whose upstream may still edit them. */
    private boolean recheck(LedgerEntry known, OffsetDateTime now) {
        if (known.fingerprint() == null) {
            return !"QUARANTINED".equals(known.status());
        }
        OffsetDateTime published = known.publishedAt() == null ? known.fetchedAt() : known.publishedAt();
        return published.isAfter(now.minus(properties.recheckAge()));
    }

    private void quarantine(Source source, String url, String status, String reason, OffsetDateTime now) {
        log.warn("Repost source {}: {} {} ({})", source.id(), status.toLowerCase(), url, reason);
        ledger.recordProblem(source, url, status, reason, now);
        metrics.problem(source, status);
    }

    private void fail(Source source, OffsetDateTime now, Exception e) {
        SourceState before = states.get(source.id());
        long factor = 1L << Math.min(before.consecutiveFailures(), 20);
        Duration wait = source.pollInterval().multipliedBy(factor);
        wait = wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
        SourceState after = before.failed(now, describe(e), now.plus(wait));
        states.put(source.id(), after);
        log.warn("Repost source {} poll failed ({} in a row, next try after {}): {}", source.id(), after.consecutiveFailures(), wait, describe(e));
        ledger.recordProblem(source, source.url(), "FAILED", "list poll failed: " + describe(e), now);
        health.report("repost:" + source.id(), false, describe(e));
        metrics.pollFailed(source);
        if (after.consecutiveFailures() >= properties.failureAlertAfter()) {
            alerts.raise(Alert.toAdministrators(alertKey(source.id(), "failing"), "转载源持续失败：" + source.name(),
                    "Repost source " + source.id() + " (" + source.url() + ") failed " + after.consecutiveFailures()
                            + " polls in a row. Last error: " + describe(e)));
        }
    }

    private void checkSilence(Source source, OffsetDateTime now) {
        OffsetDateTime lastNew = states.get(source.id()).lastNewItemAt();
        if (source.silentAfter() != null && lastNew != null && lastNew.plus(source.silentAfter()).isBefore(now)) {
            health.report("repost:" + source.id(), true, "no new item since " + lastNew + " (expected within " + source.silentAfter() + ")");
            alerts.raise(Alert.toAdministrators(alertKey(source.id(), "silent"), "转载源长时间无更新：" + source.name(),
                    "Repost source " + source.id() + " (" + source.url() + ") has had no new item since " + lastNew
                            + ". The site may have been redesigned; check its selectors."));
        }
    }

    private static String alertKey(String sourceId, String what) {
        return "repost.source." + sourceId + "." + what;
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }
}
