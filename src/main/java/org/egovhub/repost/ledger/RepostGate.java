package org.egovhub.repost.ledger;

import org.egovhub.repost.RepostMetrics;
import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.extract.RepostItem;
import org.egovhub.repost.publish.PublishOrder;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;

import jakarta.validation.Validator;
import java.time.Clock;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.repost.RepostQueues;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.egovhub.platform.privacy.Masking;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Decides what becomes of an extracted item: invalid items fail, items already in the ledger are
 * dropped, upstream edits become the next version of their row, marked items or items of
 * review-required sources are held for the confidentiality review, and the rest go on to publishing.
 */
@Component("repostGate")
public class RepostGate {

    private static final Logger log = LoggerFactory.getLogger(RepostGate.class);

    private final RepostLedger ledger;
    private final SourceCatalog catalog;
    private final RepostProperties properties;
    private final Validator validator;
    private final RepostMetrics metrics;
    private final Clock clock;

    RepostGate(RepostLedger ledger, SourceCatalog catalog, RepostProperties properties, Validator validator, RepostMetrics metrics,
            Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.catalog = catalog;
        this.properties = properties;
        this.validator = validator;
        this.metrics = metrics;
    }

    /** Stage: the version to publish on {@code repost.publish}, or nothing when there is nothing to publish now. */
    public StageResult admit(RepostItem item) {
        PublishOrder order = decide(item);
        return order == null ? StageResult.none() : StageResult.send(RepostQueues.PUBLISH, order);
    }

    /** The version to publish, or null when there is nothing to publish now. */
    PublishOrder decide(RepostItem item) {
        Source source = catalog.find(item.sourceId()).orElseThrow(() -> new IllegalStateException("Unknown repost source " + item.sourceId()));
        String invalid = validator.validate(item).stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                .collect(Collectors.joining(", "));
        if (!invalid.isEmpty()) {
            log.warn("Repost source {}: item {} is not valid and was not published: {}", source.id(), item.url(), invalid);
            ledger.recordProblem(source, item.url(), "FAILED", "invalid item: " + invalid, OffsetDateTime.now(clock));
            metrics.problem(source, "FAILED");
            return null;
        }
        String marker = marker(item);
        boolean held = source.reviewRequired() || marker != null;
        String reason = marker != null ? marker : source.reviewRequired() ? "source requires review" : null;
        List<LedgerEntry> matches = ledger.matches(item);
        try {
            if (matches.isEmpty()) {
                return decided(source, item, ledger.insert(item, source, held ? "HELD" : "QUEUED", reason), 1, held, reason);
            }
            LedgerEntry existing = sameItem(item, matches).orElse(matches.get(0));
            if (existing.fingerprint() == null) {
                // an earlier attempt failed; this is the first good version
                return ledger.update(existing, existing.version(), item, source, held ? "HELD" : "QUEUED", reason)
                        ? decided(source, item, existing.id(), existing.version(), held, reason) : null;
            }
            if (!isEdit(item, existing)) {
                if ("QUEUED".equals(existing.status())) {
                    // The row was committed but the publish order was not: a crash between the
                    // database commit and the JMS commit, and this is the input's redelivery. The
                    // publisher skips a version that is already published, so ordering it again is safe.
                    log.info("Repost item {} ({}) is queued but not published; ordering its version {} again", existing.id(), item.url(),
                            existing.version());
                    return new PublishOrder(existing.id(), existing.version());
                }
                log.debug("Repost source {}: {} is already in the ledger as {}", source.id(), item.url(), existing.id());
                return null;
            }
            boolean reviewAgain = held || "HELD".equals(existing.status()) || "REJECTED".equals(existing.status());
            String why = reviewAgain && reason == null ? "edited upstream after review" : reason;
            log.info("Repost item {} was edited upstream ({}); publishing version {}", existing.id(), item.url(), existing.version() + 1);
            return ledger.update(existing, existing.version() + 1, item, source, reviewAgain ? "HELD" : "QUEUED", why)
                    ? decided(source, item, existing.id(), existing.version() + 1, reviewAgain, why) : null;
        } catch (DuplicateKeyException e) {
            log.debug("Repost item {} was taken by another hub node at the same time", item.url());
            return null;
        }
    }

    private PublishOrder decided(Source source, RepostItem item, String id, int version, boolean held, String reason) {
        if (held) {
            log.info("Repost item {} ({}) held for review: {}", id, item.url(), reason);
            metrics.held(source.id());
            return null;
        }
        return new PublishOrder(id, version);
    }

    /** Only the row with the same upstream id or URL can be an edit; a fingerprint-only match is the same text elsewhere. */
    private static Optional<LedgerEntry> sameItem(RepostItem item, List<LedgerEntry> matches) {
        return matches.stream().filter(e -> (item.upstreamId() != null && item.upstreamId().equals(e.upstreamId()))
                || item.url().equals(e.url())).findFirst();
    }

    private static boolean isEdit(RepostItem item, LedgerEntry existing) {
        boolean same = (item.upstreamId() != null && item.upstreamId().equals(existing.upstreamId())) || item.url().equals(existing.url());
        boolean newer = item.lastModified() != null && existing.lastModified() != null && item.lastModified().compareTo(existing.lastModified()) > 0;
        return same && (newer || !item.fingerprint().equals(existing.fingerprint()));
    }

    /** Why the item's text needs the review, or null. */
    private String marker(RepostItem item) {
        String text = item.title() + "\n" + Jsoup.parse(item.body() == null ? "" : item.body()).text();
        String marker = properties.reviewMarkers().stream().filter(text::contains).findFirst().map(m -> "contains review marker " + m)
                .orElse(null);
        // Personal data is what the confidentiality review is for: a citizen's ID number in an
        // upstream article is never republished without a reviewer's decision (the reason does not
        // repeat the number).
        return marker == null && Masking.holdsIdNumber(text) ? "contains a citizen ID number" : marker;
    }
}
