package org.egovhub.repost.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.camel.Header;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.stage.Backoff;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.Outages;
import org.egovhub.platform.stage.RefusedException;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.repost.RepostMetrics;
import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The publishing stage: one item version goes out with its column's publishers: a JSON file in the
 * drop directory (written to a temp file and moved, so a reader never sees half a file), a POST to
 * the CMS, and marking the ledger row PUBLISHED, which puts it into {@code /feeds/repost.atom}. A
 * version already published (a redelivery after a crash) is not published again. A CMS that is
 * down keeps the version waiting on {@code repost.publish} (the outage breaker), one that fails
 * retries it with the backoff, one that refuses it dead-letters it.
 */
@Component("repostPublisher")
public class RepostPublisher {

    private static final Logger log = LoggerFactory.getLogger(RepostPublisher.class);
    private static final String CMS = "repost:cms";

    private final RepostLedger ledger;
    private final RepostProperties properties;
    private final ObjectMapper json;
    private final RepostMetrics metrics;
    private final CmsPublisher cms;
    private final Clock clock;
    private final Backoff backoff;
    private final Outages outages;

    RepostPublisher(RepostLedger ledger, RepostProperties properties, ObjectMapper json, RepostMetrics metrics, CmsPublisher cms,
            Clock clock) {
        this.cms = cms;
        this.ledger = ledger;
        this.properties = properties;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
        this.backoff = new Backoff(properties.maxRedeliveries(), properties.redeliveryDelay(), properties.maxBackoff());
        this.outages = new Outages(backoff, clock);
    }

    /** Stage: publishes the version; {@code attempts} counts the earlier tries of this message. */
    public StageResult publish(PublishOrder order, @Header(DeadLetterHeaders.DELIVERY_ATTEMPTS) Integer attempts) throws IOException {
        LedgerEntry entry = ledger.find(order.id()).orElseThrow(() -> new IllegalStateException("Repost item " + order.id() + " is not in the ledger"));
        if (entry.version() != order.version()) {
            log.info("Repost item {} version {} superseded by version {}; not published", order.id(), order.version(), entry.version());
            return StageResult.none();
        }
        if ("PUBLISHED".equals(entry.status())) {
            log.info("Repost item {} version {} is already published; not published again", order.id(), order.version());
            return StageResult.none();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        PublishedItem item = PublishedItem.of(entry, now);
        List<RepostProperties.Publisher> publishers = properties.publishersOf(entry.column());
        if (publishers.contains(RepostProperties.Publisher.DROP)) {
            drop(item);
        }
        if (publishers.contains(RepostProperties.Publisher.CMS)) {
            StageResult notYet = toCms(item, attempts == null ? 0 : attempts);
            if (notYet != null) {
                return notYet;
            }
        }
        ledger.markPublished(entry.id(), entry.version(), now);
        metrics.reposted(entry.sourceId(), entry.publishedAt() == null ? Duration.ZERO : Duration.between(entry.publishedAt(), now));
        log.info("Reposted {} v{} to column {}: {}", entry.id(), entry.version(), entry.column(), entry.title());
        return StageResult.none();
    }

    /** Posts to the CMS; answers what becomes of the order when the CMS did not take it, else {@code null}. */
    private StageResult toCms(PublishedItem item, int attempts) {
        if (!outages.mayTry(CMS)) {
            return StageResult.later(outages.waitWhileDown(), "the CMS is down");
        }
        try {
            cms.post(item);
            outages.succeeded(CMS);
            return null;
        } catch (RefusedException e) {
            outages.undecided(CMS);
            return StageResult.deadLetter(FailureKind.REFUSED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            outages.failed(CMS, e);
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!backoff.mayRetry(attempts + 1)) {
                return StageResult.deadLetter(FailureKind.FAILED, "CMS: " + reason);
            }
            log.info("Repost item {}: CMS attempt {} failed, next in {}: {}", item.idempotencyKey(), attempts + 1,
                    backoff.after(attempts + 1), reason);
            return StageResult.retry(backoff.after(attempts + 1), "CMS: " + reason);
        }
    }

    private void drop(PublishedItem item) throws IOException {
        Path dir = properties.dropDirectory();
        Files.createDirectories(dir);
        Path target = dir.resolve(item.id() + "-v" + item.version() + ".json");
        Path temp = Files.createTempFile(dir, ".repost-", ".tmp");
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), item);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
