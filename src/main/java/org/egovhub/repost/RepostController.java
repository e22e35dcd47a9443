package org.egovhub.repost;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.egovhub.repost.fetch.SourceState;
import org.egovhub.repost.ledger.LedgerEntry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The repost API, thin calls of {@link RepostService}: sources and their state, the ledger, review decisions and the yearly table. */
@RestController
@RequestMapping("/api/repost")
class RepostController {

    /** A review decision's body. */
    record Decision(@NotBlank @Size(max = 1000) String reason) {
    }

    private final RepostService repost;

    RepostController(RepostService repost) {
        this.repost = repost;
    }

    @GetMapping("/sources")
    List<SourceState> sources() {
        return repost.sources();
    }

    /** Polls a source now, past any backoff; its pages go through the same queues as a timed poll. */
    @PostMapping("/sources/{id}/poll")
    ResponseEntity<SourceState> poll(@PathVariable String id, Principal who) {
        return ResponseEntity.accepted().body(repost.pollNow(id, who.getName()));
    }

    @GetMapping("/items")
    List<LedgerEntry> items(@RequestParam(required = false) String source, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return repost.items(source, status, from, to, page, size);
    }

    @PostMapping("/items/{id}/approve")
    LedgerEntry approve(@PathVariable String id, @Valid @RequestBody Decision decision, Principal who) {
        return repost.approve(id, decision.reason(), who.getName());
    }

    @PostMapping("/items/{id}/reject")
    LedgerEntry reject(@PathVariable String id, @Valid @RequestBody Decision decision, Principal who) {
        return repost.reject(id, decision.reason(), who.getName());
    }

    @GetMapping("/stats")
    Map<String, Object> stats(@RequestParam int year) {
        return repost.stats(year);
    }

    /** The yearly table as a workbook, as the console's download link fetches it. */
    @GetMapping("/stats.xlsx")
    ResponseEntity<byte[]> statsWorkbook(@RequestParam int year) {
        byte[] workbook = repost.yearlyWorkbook(year);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("repost-" + year + ".xlsx").build().toString())
                .body(workbook);
    }
}
