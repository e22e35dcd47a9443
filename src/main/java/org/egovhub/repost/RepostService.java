package org.egovhub.repost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.audit.Audit;
import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageSender;
import org.egovhub.repost.fetch.RepostPoller;
import org.egovhub.repost.fetch.SourceState;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostLedger;
import org.egovhub.repost.ledger.RepostQueries;
import org.egovhub.repost.publish.PublishOrder;
import org.egovhub.repost.review.HeldItem;
import org.egovhub.repost.review.RecentItem;
import org.egovhub.repost.review.SourceView;
import org.egovhub.repost.review.YearlyTable;
import org.egovhub.repost.review.YearlyWorkbook;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;
import org.springframework.stereotype.Service;

/**
 * What reviewers and administrators can do with reposting, for the REST API and the console: list
 * the ledger, approve or reject a held item with a reason, poll a source now, see the sources'
 * states and the yearly table. Every change is audited here, once.
 */
@Service
public class RepostService {

    private final RepostPoller poller;
    private final RepostQueries queries;
    private final RepostLedger ledger;
    private final StageSender sender;
    private final RepostMetrics metrics;
    private final Audit audit;
    private final Clock clock;
    private final SourceCatalog catalog;
    private final RepostProperties properties;

    RepostService(RepostPoller poller, RepostQueries queries, RepostLedger ledger, StageSender sender, RepostMetrics metrics,
            Audit audit, Clock clock, SourceCatalog catalog, RepostProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
        this.poller = poller;
        this.queries = queries;
        this.ledger = ledger;
        this.sender = sender;
        this.metrics = metrics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every configured source with its polling state (last success, last error in words, failures in a row). */
    public List<SourceState> sources() {
        return poller.states();
    }

    /** Every source's state and whether it has been silent longer than its {@code silent-after}. */
    public List<SourceView> sourceViews() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return sources().stream()
                .map(s -> SourceView.of(s, catalog.find(s.id()).map(Source::silentAfter).orElse(null), now)).toList();
    }

    /** The latest ledger rows, newest fetch first, with their lag and whether it breaks the SLA. */
    public List<RecentItem> recent(int size) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return items(null, null, null, null, 0, size).stream().map(e -> RecentItem.of(e, now, properties.sla())).toList();
    }

    /** Items waiting for review, newest first: bodies masked, cut at the review markers they contain. */
    public List<HeldItem> reviewQueue(int size) {
        return items(null, "HELD", null, null, 0, size).stream().map(e -> HeldItem.of(e, properties.reviewMarkers())).toList();
    }

    /** The yearly table as the console shows it. */
    public YearlyTable yearlyTable(int year) {
        return YearlyTable.of(stats(year));
    }

    /** The yearly table as an XLSX workbook (a few hundred lines at most, so in memory). */
    public byte[] yearlyWorkbook(int year) {
        YearlyTable table = yearlyTable(year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            YearlyWorkbook.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Ledger rows, newest first.
     *
     * @param source a source id or null; @param status an item status (HELD, PUBLISHED, ...) in any case, or null
     */
    public List<LedgerEntry> items(String source, String status, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        return queries.items(source, status == null ? null : status.toUpperCase(java.util.Locale.ROOT), from, to, page, size);
    }

    /** Approves a held item: it goes to the publishers as the version it is. */
    public LedgerEntry approve(String id, String reason, String actor) {
        LedgerEntry entry = decide(id, true, reason, actor);
        sender.sendAll(List.of(Outgoing.to(RepostQueues.PUBLISH, new PublishOrder(entry.id(), entry.version()))));
        return entry;
    }

    /** Rejects a held item: it is never published (unless the upstream edits it and a reviewer approves the edit). */
    public LedgerEntry reject(String id, String reason, String actor) {
        LedgerEntry entry = decide(id, false, reason, actor);
        metrics.rejected(entry.sourceId());
        return entry;
    }

    /**
     * Polls a source now, past any backoff; its pages go through the same queues as a timed poll.
     *
     * @return the source's state after the poll (a failure shows in its {@code lastError})
     */
    public SourceState pollNow(String sourceId, String actor) {
        requireSource(sourceId);
        List<Outgoing> pages = poller.pollNow(sourceId).outgoing();
        sender.sendAll(pages);
        SourceState state = poller.state(sourceId).orElseThrow();
        audit.record(actor, "repost.poll", sourceId, Audit.detail("pages", pages.size(), "error", state.lastError()));
        return state;
    }

    /** The yearly table: published items by portal level, source and category. */
    public Map<String, Object> stats(int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        return queries.stats(year);
    }

    /** Items reposted in {@code year} later than the SLA ({@code hub.repost.sla}) after their upstream publication. */
    public long slaBreaches(int year) {
        return queries.slaBreaches(year, metrics.sla());
    }

    private void requireSource(String sourceId) {
        if (poller.state(sourceId).isEmpty()) {
            throw new NotFoundException("No repost source '" + sourceId + "'");
        }
    }

    private LedgerEntry decide(String id, boolean approve, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A review decision needs a reason");
        }
        LedgerEntry before = ledger.find(id).orElseThrow(() -> new NotFoundException("No repost item '" + id + "'"));
        if (!ledger.decide(id, approve, actor, reason, OffsetDateTime.now(clock))) {
            throw new ConflictException("Repost item " + id + " is " + before.status() + ", not waiting for review (HELD)");
        }
        LedgerEntry after = ledger.find(id).orElseThrow();
        audit.record(actor, approve ? "repost.approve" : "repost.reject", id,
                Audit.detail("from", before.status(), "to", after.status(), "version", after.version(), "reason", reason));
        return after;
    }
}
