package org.egovhub.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.repost.RepostService;
import org.egovhub.repost.fetch.SourceState;
import org.egovhub.repost.ledger.LedgerEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/repost}: recent items with their lag, the review queue (REVIEWER approves or
 * rejects with a reason), the yearly table and the sources (ADMIN polls one now), all through
 * {@link RepostService}, which audits each change. Roles are checked from the URL.
 */
@Controller
class RepostPagesController {

    static final int RECENT = 50;
    static final int HELD = 100;

    private final RepostService repost;
    private final Clock clock;

    RepostPagesController(RepostService repost, Clock clock) {
        this.repost = repost;
        this.clock = clock;
    }

    @GetMapping("/admin/repost")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("table", repost.yearlyTable(shown));
        model.addAttribute("recent", repost.recent(RECENT));
        model.addAttribute("held", repost.reviewQueue(HELD));
        model.addAttribute("sources", repost.sourceViews());
        return "admin/repost";
    }

    @PostMapping("/admin/repost/items/{id}/approve")
    String approve(@PathVariable String id, @RequestParam String reason, Principal who, RedirectAttributes redirect) {
        LedgerEntry entry = repost.approve(id, reason, who.getName());
        redirect.addFlashAttribute("message", "已通过审核：" + Masking.mask(entry.title()) + "（第 " + entry.version() + " 版），正在发布");
        return "redirect:/admin/repost";
    }

    @PostMapping("/admin/repost/items/{id}/reject")
    String reject(@PathVariable String id, @RequestParam String reason, Principal who, RedirectAttributes redirect) {
        LedgerEntry entry = repost.reject(id, reason, who.getName());
        redirect.addFlashAttribute("message", "已驳回：" + Masking.mask(entry.title()));
        return "redirect:/admin/repost";
    }

    @PostMapping("/admin/repost/sources/{id}/poll")
    String poll(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        SourceState state = repost.pollNow(id, who.getName());
        redirect.addFlashAttribute("message", state.lastError() == null ? "已抓取转载源 " + id
                : "已抓取转载源 " + id + "，失败：" + state.lastError());
        return "redirect:/admin/repost";
    }
}
