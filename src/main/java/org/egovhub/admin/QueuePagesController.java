package org.egovhub.admin;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.queues.QueueService;
import org.egovhub.platform.queues.ReplayResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/queues}: every queue with its counters (refreshed by the page's script from
 * {@code GET /api/admin/queues}), one queue's messages page by page, and the changes an ADMIN makes
 * to them (roles checked from the URL in the security configuration). Everything goes through
 * {@link QueueService}, which audits each change.
 */
@Controller
class QueuePagesController {

    static final int PAGE_SIZE = 20;

    private final QueueService queues;

    QueuePagesController(QueueService queues) {
        this.queues = queues;
    }

    @GetMapping("/admin/queues")
    String list(Model model) {
        try {
            model.addAttribute("queues", queues.list());
        } catch (BrokerUnavailableException e) {
            model.addAttribute("brokerError", e.getMessage());
        }
        return "admin/queues";
    }

    @GetMapping("/admin/queues/{queue}")
    String queue(@PathVariable String queue, @RequestParam(defaultValue = "0") int page, Model model) {
        var found = queues.browse(queue, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("page", found);
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("deadLetterQueue", QueueService.isDeadLetterQueue(queue));
        return "admin/queue";
    }

    @PostMapping("/admin/queues/{queue}/messages/{id}/replay")
    String replay(@PathVariable String queue, @PathVariable String id, Principal who, RedirectAttributes redirect) {
        String target = queues.replay(queue, id, who.getName());
        redirect.addFlashAttribute("message", "已将消息 " + id + " 重放到 " + target);
        return back(queue);
    }

    @PostMapping("/admin/queues/{queue}/replay-all")
    String replayAll(@PathVariable String queue, Principal who, RedirectAttributes redirect) {
        ReplayResult result = queues.replayAll(queue, who.getName());
        redirect.addFlashAttribute("message", "已将 " + result.moved() + " 条消息从 " + queue + " 重放"
                + (result.leftRefused() > 0 ? "；" + result.leftRefused() + " 条因内容被拒收，未重放" : ""));
        return back(queue);
    }

    @PostMapping("/admin/queues/{queue}/messages/{id}/delete")
    String delete(@PathVariable String queue, @PathVariable String id, Principal who, RedirectAttributes redirect) {
        queues.delete(queue, id, who.getName());
        redirect.addFlashAttribute("message", "已删除消息 " + id);
        return back(queue);
    }

    /** A refused dead letter as a file (masked, like everything the console shows), to correct it. */
    @GetMapping("/admin/queues/{queue}/messages/{id}/download")
    ResponseEntity<String> download(@PathVariable String queue, @PathVariable String id) {
        var message = queues.message(queue, id);
        String file = id.replaceAll("[^0-9A-Za-z-]", "_") + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(message.body());
    }

    @PostMapping("/admin/queues/{queue}/messages/{id}/resubmit")
    String resubmit(@PathVariable String queue, @PathVariable String id, @RequestParam String body, Principal who,
            RedirectAttributes redirect) {
        String target = queues.resubmit(queue, id, body, who.getName());
        redirect.addFlashAttribute("message", "已将修正后的消息 " + id + " 提交到 " + target);
        return back(queue);
    }

    @PostMapping("/admin/queues/{queue}/messages/{id}/discard")
    String discard(@PathVariable String queue, @PathVariable String id, @RequestParam String reason, Principal who,
            RedirectAttributes redirect) {
        queues.discard(queue, id, reason, who.getName());
        redirect.addFlashAttribute("message", "已丢弃消息 " + id + "，理由已记入审计日志");
        return back(queue);
    }

    private static String back(String queue) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/queues/{queue}").buildAndExpand(queue).encode().toUriString();
    }
}
