package org.egovhub.platform.trace;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/trace?q=}: where a record is and has been (VIEWER may read, by the URL rules); an empty q is a 400. */
@RestController
class TraceController {

    private final TraceService trace;

    TraceController(TraceService trace) {
        this.trace = trace;
    }

    @GetMapping("/api/admin/trace")
    TraceResult trace(@RequestParam(required = false) String q) {
        return trace.trace(q);
    }
}
