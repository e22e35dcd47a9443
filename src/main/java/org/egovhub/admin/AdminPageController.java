package org.egovhub.admin;

import java.security.Principal;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.queues.QueueService;
import org.egovhub.platform.queues.ReplayResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the queue overview that administrators land on; replays go through the platform's {@link QueueService}. */
@Controller
class AdminPageController {

    private final QueueService queues;

    AdminPageController(QueueService queues) {
        this.queues = queues;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping({"/", "/admin"})
    String overview(Model model) {
        try {
            model.addAttribute("queues", queues.list());
        } catch (BrokerUnavailableException e) {
            model.addAttribute("brokerError", e.getMessage());
        }
        return "admin";
    }

    @PostMapping("/admin/replay")
    @PreAuthorize("hasRole('ADMIN')")
    String replay(@RequestParam String queue, Principal who, RedirectAttributes redirect) {
        try {
            ReplayResult result = queues.replayAll(queue, who.getName());
            redirect.addFlashAttribute("message", "已将 " + result.moved() + " 条消息从 " + queue + " 重放"
                    + (result.leftRefused() > 0 ? "；" + result.leftRefused() + " 条因内容被拒收，未重放" : ""));
        } catch (NotFoundException | ConflictException e) {
            redirect.addFlashAttribute("message", "无法重放 " + queue + "：" + e.getMessage());
        }
        return "redirect:/admin";
    }
}
