package org.egovhub.admin;

import java.util.Comparator;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.queues.QueueService;
import org.egovhub.platform.queues.QueueView;
import org.egovhub.platform.routes.RouteService;
import org.egovhub.reconcile.ReconcileService;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the console's home: the hub at a glance, from the public services of the platform. */
@Controller
class AdminPageController {

    private final QueueService queues;
    private final HealthEndpoint health;
    private final RouteService routes;
    private final ReconcileService reconcile;
    private final ConsoleOverview overview;

    AdminPageController(QueueService queues, HealthEndpoint health, RouteService routes, ReconcileService reconcile,
            ConsoleOverview overview) {
        this.overview = overview;
        this.queues = queues;
        this.health = health;
        this.routes = routes;
        this.reconcile = reconcile;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** A logged-in user opening the hub's address lands on the console. */
    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("health", health.health().getStatus().getCode());
        model.addAttribute("overview", overview.now());
        try {
            var all = queues.list();
            model.addAttribute("backlog", all.stream().filter(q -> !q.deadLetterQueue()).mapToLong(QueueView::depth).sum());
            model.addAttribute("deadLetters", all.stream().filter(QueueView::deadLetterQueue).mapToLong(QueueView::depth).sum());
            model.addAttribute("alarms", all.stream().filter(q -> q.deadLetterQueue() && q.depth() > 0).toList());
        } catch (BrokerUnavailableException e) {
            model.addAttribute("brokerError", e.getMessage());
        }
        model.addAttribute("stoppedRoutes", routes.list().stream().filter(r -> !"Started".equals(r.state())).toList());
        reconcile.quarters().stream().max(Comparator.comparing(ReconcileService.QuarterTotal::quarter))
                .ifPresent(last -> model.addAttribute("lastQuarter", last));
        return "admin/home";
    }
}
