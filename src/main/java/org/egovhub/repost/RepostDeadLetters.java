package org.egovhub.repost;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.egovhub.platform.stage.DeadLetter;
import org.egovhub.platform.stage.DeadLetterObserver;
import org.egovhub.repost.extract.RepostItem;
import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.repost.ledger.RepostLedger;
import org.egovhub.repost.publish.PublishOrder;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives a dead-lettered repost message its ledger entry: a page whose extraction failed, an item the
 * gate could not admit, or an item version that could not be published shows as {@code FAILED}
 * with the reason, next to the message waiting on its stage's dead-letter queue for a replay.
 */
@Component
public class RepostDeadLetters implements DeadLetterObserver {

    private static final Logger log = LoggerFactory.getLogger(RepostDeadLetters.class);

    private final RepostLedger ledger;
    private final SourceCatalog sources;
    private final RepostMetrics metrics;
    private final ObjectMapper json;
    private final Clock clock;

    RepostDeadLetters(RepostLedger ledger, SourceCatalog sources, RepostMetrics metrics, ObjectMapper json, Clock clock) {
        this.ledger = ledger;
        this.sources = sources;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean observes(String originalQueue) {
        return originalQueue.startsWith("repost.");
    }

    @Override
    public void deadLettered(DeadLetter letter) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            switch (letter.originalQueue()) {
                case RepostQueues.FETCHED -> {
                    FetchedPage page = json.readValue(letter.body(), FetchedPage.class);
                    problem(page.sourceId(), page.url(), "extraction failed: " + letter.reason(), now);
                }
                case RepostQueues.EXTRACTED -> {
                    RepostItem item = json.readValue(letter.body(), RepostItem.class);
                    problem(item.sourceId(), item.url(), "admission failed: " + letter.reason(), now);
                }
                case RepostQueues.PUBLISH -> {
                    PublishOrder order = json.readValue(letter.body(), PublishOrder.class);
                    ledger.markFailed(order.id(), order.version(), "publishing failed: " + letter.reason());
                }
                default -> log.warn("Repost dead letter from unknown queue {} not recorded in the ledger", letter.originalQueue());
            }
        } catch (Exception e) {
            log.warn("Repost dead letter from {} not recorded in the ledger ({}); it waits on {}.dlq", letter.originalQueue(),
                    e.getMessage(), letter.originalQueue());
        }
    }

    private void problem(String sourceId, String url, String reason, OffsetDateTime now) {
        Optional<Source> source = sources.find(sourceId);
        if (source.isEmpty() || url == null) {
            log.warn("Repost dead letter of unknown source {} ({}) not recorded in the ledger", sourceId, url);
            return;
        }
        ledger.recordProblem(source.get(), url, "FAILED", reason, now);
        metrics.problem(source.get(), "FAILED");
    }
}
