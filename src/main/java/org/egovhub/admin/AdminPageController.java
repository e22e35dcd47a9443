package org.egovhub.admin;

import org.egovhub.platform.BrokerQueues;
import org.egovhub.platform.BrokerUnavailableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the queue overview that administrators land on. */
@Controller
class AdminPageController {

    private final BrokerQueues queues;

    AdminPageController(BrokerQueues queues) {
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
    String replay(@RequestParam String queue, RedirectAttributes redirect) {
        if (!queue.endsWith(".dlq")) {
            redirect.addFlashAttribute("message", "只能重放死信队列：" + queue);
            return "redirect:/admin";
        }
        String original = queue.substring(0, queue.length() - ".dlq".length());
        int moved = queues.replay(queue, original);
        redirect.addFlashAttribute("message", "已将 " + moved + " 条消息从 " + queue + " 重放");
        return "redirect:/admin";
    }
}
