package org.egovhub.platform.queues;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/queues}: VIEWER may read, ADMIN may replay and delete (checked from the URL
 * and method in the security configuration, before the request is parsed).
 */
@RestController
@RequestMapping("/api/admin/queues")
class QueueController {

    /** What a replay of one message did. */
    record Replayed(String id, String replayedTo) {
    }

    private final QueueService queues;

    QueueController(QueueService queues) {
        this.queues = queues;
    }

    @GetMapping
    List<QueueView> list() {
        return queues.list();
    }

    @GetMapping("/{queue}/messages")
    QueuePage messages(@PathVariable String queue, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queues.browse(queue, page, size);
    }

    @PostMapping("/{queue}/messages/{id}/replay")
    Replayed replay(@PathVariable String queue, @PathVariable String id, Principal who) {
        return new Replayed(id, queues.replay(queue, id, who.getName()));
    }

    @PostMapping("/{queue}/replay-all")
    ReplayResult replayAll(@PathVariable String queue, Principal who) {
        return queues.replayAll(queue, who.getName());
    }

    /** A corrected version in place of a (refused) dead letter: {@code {"body": "..."}}. */
    record Correction(@jakarta.validation.constraints.NotBlank String body) {
    }

    /** Why a dead letter is discarded: {@code {"reason": "..."}}. */
    record Discard(@jakarta.validation.constraints.NotBlank String reason) {
    }

    @PostMapping("/{queue}/messages/{id}/resubmit")
    Replayed resubmit(@PathVariable String queue, @PathVariable String id, @jakarta.validation.Valid @RequestBody Correction correction,
            Principal who) {
        return new Replayed(id, queues.resubmit(queue, id, correction.body(), who.getName()));
    }

    @PostMapping("/{queue}/messages/{id}/discard")
    ResponseEntity<Void> discard(@PathVariable String queue, @PathVariable String id, @jakarta.validation.Valid @RequestBody Discard discard,
            Principal who) {
        queues.discard(queue, id, discard.reason(), who.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{queue}/messages/{id}")
    ResponseEntity<Void> delete(@PathVariable String queue, @PathVariable String id, Principal who) {
        queues.delete(queue, id, who.getName());
        return ResponseEntity.noContent().build();
    }
}
