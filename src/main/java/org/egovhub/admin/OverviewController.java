package org.egovhub.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/overview}: the hub at a glance as JSON, what the console's home refreshes from (VIEWER may read). */
@RestController
class OverviewController {

    private final ConsoleOverview overview;

    OverviewController(ConsoleOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/admin/overview")
    ConsoleOverview.Overview overview() {
        return overview.now();
    }
}
