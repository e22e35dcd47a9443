package org.egovhub.admin;

import org.egovhub.platform.trace.TraceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/trace?q=}: where a record is and has been, from {@link TraceService} (the same as {@code GET /api/admin/trace}). */
@Controller
class TracePagesController {

    private final TraceService trace;

    TracePagesController(TraceService trace) {
        this.trace = trace;
    }

    @GetMapping("/admin/trace")
    String page(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("readPerQueue", TraceService.READ_PER_QUEUE);
        model.addAttribute("readInAll", TraceService.READ_IN_ALL);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", trace.trace(q));
        }
        return "admin/trace";
    }
}
