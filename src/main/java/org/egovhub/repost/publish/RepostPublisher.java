package org.egovhub.repost.publish;

import org.egovhub.repost.RepostMetrics;
import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.extract.PublishDates;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostLedger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes one item version with its column's publishers: a JSON file in the drop directory
 * (written to a temp file and moved, so a reader never sees half a file), a POST to the CMS, and
 * marking the ledger row PUBLISHED, which puts it into {@code /feeds/repost.atom} for feed columns. A failure propagates so the route redelivers and dead-letters.
 */
@Component("repostPublisher")
public class RepostPublisher {

    private static final Logger log = LoggerFactory.getLogger(RepostPublisher.class);

    private final RepostLedger ledger;
    private final RepostProperties properties;
    private final ObjectMapper json;
    private final RepostMetrics metrics;
    private final CmsPublisher cms;

    RepostPublisher(RepostLedger ledger, RepostProperties properties, ObjectMapper json, RepostMetrics metrics, CmsPublisher cms) {
        this.cms = cms;
        this.ledger = ledger;
        this.properties = properties;
        this.json = json;
        this.metrics = metrics;
    }

    public void publish(PublishOrder order) throws IOException {
        LedgerEntry entry = ledger.find(order.id()).orElseThrow(() -> new IllegalStateException("Repost item " + order.id() + " is not in the ledger"));
        if (entry.version() != order.version()) {
            log.info("Repost item {} version {} superseded by version {}; not published", order.id(), order.version(), entry.version());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(PublishDates.ZONE);
        PublishedItem item = PublishedItem.of(entry, now);
        List<RepostProperties.Publisher> publishers = properties.publishersOf(entry.column());
        if (publishers.contains(RepostProperties.Publisher.DROP)) {
            drop(item);
        }
        if (publishers.contains(RepostProperties.Publisher.CMS)) {
            cms.post(item);
        }
        ledger.markPublished(entry.id(), entry.version(), now);
        metrics.reposted(entry.sourceId(), entry.publishedAt() == null ? Duration.ZERO : Duration.between(entry.publishedAt(), now));
        log.info("Reposted {} v{} to column {}: {}", entry.id(), entry.version(), entry.column(), entry.title());
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
