package org.egovhub.admin;

import org.egovhub.platform.audit.Audit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/audit} (ADMIN only, by URL): who changed what and when, newest first, page by page. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;

    private final Audit audit;

    AuditPageController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        var entries = audit.page(current, PAGE_SIZE + 1);
        model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
        model.addAttribute("page", current);
        model.addAttribute("more", entries.size() > PAGE_SIZE);
        return "admin/audit";
    }
}
