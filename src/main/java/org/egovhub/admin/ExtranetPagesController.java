package org.egovhub.admin;

import java.security.Principal;
import org.egovhub.extranet.ExtranetService;
import org.egovhub.extranet.channel.Mode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/extranet}: each channel's mode, throughput, backlog, error rate and dual-run
 * comparison with its readiness (refreshed from {@code GET /api/extranet/channels}), the overdue
 * 双公示 records, and an ADMIN's switch, pause and resume, through {@link ExtranetService}, which
 * audits each change.
 */
@Controller
class ExtranetPagesController {

    static final int OVERDUE = 200;

    private final ExtranetService extranet;

    ExtranetPagesController(ExtranetService extranet) {
        this.extranet = extranet;
    }

    @GetMapping("/admin/extranet")
    String page(Model model) {
        model.addAttribute("channels", extranet.channels());
        model.addAttribute("modes", Mode.values());
        model.addAttribute("overdue", extranet.overdue(OVERDUE));
        return "admin/extranet";
    }

    @PostMapping("/admin/extranet/channels/{id}/mode")
    String mode(@PathVariable String id, @RequestParam String mode, Principal who, RedirectAttributes redirect) {
        Mode to = Mode.parse(mode);
        extranet.switchMode(id, to, who.getName());
        redirect.addFlashAttribute("message", "已将通道 " + id + " 切换为" + to.label());
        return "redirect:/admin/extranet";
    }

    @PostMapping("/admin/extranet/channels/{id}/pause")
    String pause(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        extranet.pause(id, who.getName());
        redirect.addFlashAttribute("message", "已暂停通道 " + id);
        return "redirect:/admin/extranet";
    }

    @PostMapping("/admin/extranet/channels/{id}/resume")
    String resume(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        extranet.resume(id, who.getName());
        redirect.addFlashAttribute("message", "已恢复通道 " + id);
        return "redirect:/admin/extranet";
    }
}
