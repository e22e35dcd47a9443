package org.egovhub.repost;

import org.egovhub.repost.extract.PublishDates;
import org.egovhub.repost.extract.RepostItem;
import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.repost.ledger.RepostLedger;
import org.egovhub.repost.publish.PublishOrder;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.egovhub.platform.DeadLetterHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives a dead-lettered repost message its ledger entry: a page whose extraction failed, an item the
 * gate could not admit, or an item version that could not be published shows as {@code FAILED}
 * with the reason, next to the message waiting on its stage's dead-letter queue for a replay.
 * Never throws: the message is already on its dead-letter queue, and that is what must not fail.
 */
@Component("repostDeadLetters")
public class RepostDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(RepostDeadLetters.class);

    private final RepostLedger ledger;
    private final SourceCatalog sources;
    private final RepostMetrics metrics;
    private final ObjectMapper json;

    RepostDeadLetters(RepostLedger ledger, SourceCatalog sources, RepostMetrics metrics, ObjectMapper json) {
        this.ledger = ledger;
        this.sources = sources;
        this.metrics = metrics;
        this.json = json;
    }

    /** Records the failure of a message from {@code queue} (repost.fetched, repost.extracted or repost.publish). */
    public void record(@Header(DeadLetterHeaders.ORIGINAL_QUEUE) String queue, @Header(DeadLetterHeaders.CAUSE) String cause,
            @Body String body) {
        OffsetDateTime now = OffsetDateTime.now(PublishDates.ZONE);
        try {
            switch (queue == null ? "" : queue) {
                case "repost.fetched" -> {
                    FetchedPage page = json.readValue(body, FetchedPage.class);
                    problem(page.sourceId(), page.url(), "extraction failed: " + cause, now);
                }
                case "repost.extracted" -> {
                    RepostItem item = json.readValue(body, RepostItem.class);
                    problem(item.sourceId(), item.url(), "admission failed: " + cause, now);
                }
                case "repost.publish" -> {
                    PublishOrder order = json.readValue(body, PublishOrder.class);
                    ledger.markFailed(order.id(), order.version(), "publishing failed: " + cause);
                }
                default -> log.warn("Repost dead letter from unknown queue {} not recorded in the ledger", queue);
            }
        } catch (Exception e) {
            log.warn("Repost dead letter from {} not recorded in the ledger ({}); it waits on {}.dlq", queue, e.getMessage(), queue);
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
