package org.egovhub.repost;

import org.egovhub.repost.extract.PublishDates;
import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.repost.fetch.RepostPoller;
import org.egovhub.repost.fetch.SourceState;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostLedger;
import org.egovhub.repost.ledger.RepostQueries;
import org.egovhub.repost.publish.PublishOrder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The repost API: sources and their state, the ledger, review decisions and the yearly table. */
@RestController
@RequestMapping("/api/repost")
class RepostController {

    /** A review decision's body. */
    record Decision(@NotBlank @Size(max = 1000) String reason) {
    }

    private final RepostPoller poller;
    private final RepostQueries queries;
    private final RepostLedger ledger;
    private final ProducerTemplate producer;
    private final RepostMetrics metrics;

    RepostController(RepostPoller poller, RepostQueries queries, RepostLedger ledger, ProducerTemplate producer, RepostMetrics metrics) {
        this.poller = poller;
        this.queries = queries;
        this.ledger = ledger;
        this.producer = producer;
        this.metrics = metrics;
    }

    @GetMapping("/sources")
    List<SourceState> sources() {
        return poller.states();
    }

    /** Polls a source now, past any backoff; its pages go through the same queues as a timed poll. */
    @PostMapping("/sources/{id}/poll")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SourceState> poll(@PathVariable String id) {
        if (poller.state(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No repost source " + id);
        }
        List<FetchedPage> pages = poller.pollNow(id);
        pages.forEach(page -> producer.sendBody("direct:repost-fetched", page));
        return ResponseEntity.accepted().body(poller.state(id).orElseThrow());
    }

    @GetMapping("/items")
    List<LedgerEntry> items(@RequestParam(required = false) String source, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.items(source, status, from, to, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }

    @PostMapping("/items/{id}/approve")
    @PreAuthorize("hasRole('REVIEWER')")
    LedgerEntry approve(@PathVariable String id, @Valid @RequestBody Decision decision, Principal who) {
        LedgerEntry entry = decide(id, true, decision, who);
        producer.sendBody("direct:repost-queue-publish", new PublishOrder(entry.id(), entry.version()));
        return entry;
    }

    @PostMapping("/items/{id}/reject")
    @PreAuthorize("hasRole('REVIEWER')")
    LedgerEntry reject(@PathVariable String id, @Valid @RequestBody Decision decision, Principal who) {
        LedgerEntry entry = decide(id, false, decision, who);
        metrics.rejected(entry.sourceId());
        return entry;
    }

    @GetMapping("/stats")
    Map<String, Object> stats(@RequestParam int year) {
        return queries.stats(year);
    }

    private LedgerEntry decide(String id, boolean approve, Decision decision, Principal who) {
        if (ledger.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No repost item " + id);
        }
        if (!ledger.decide(id, approve, who.getName(), decision.reason(), OffsetDateTime.now(PublishDates.ZONE))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Repost item " + id + " is not waiting for review");
        }
        return ledger.find(id).orElseThrow();
    }
}
