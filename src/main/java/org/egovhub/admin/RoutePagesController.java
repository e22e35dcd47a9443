package org.egovhub.admin;

import java.security.Principal;
import org.egovhub.platform.routes.RouteService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/routes}: every Camel route with its counters (refreshed from {@code GET /api/admin/routes}); an ADMIN stops and starts them. */
@Controller
class RoutePagesController {

    private final RouteService routes;

    RoutePagesController(RouteService routes) {
        this.routes = routes;
    }

    @GetMapping("/admin/routes")
    String list(Model model) {
        model.addAttribute("routes", routes.list());
        return "admin/routes";
    }

    @PostMapping("/admin/routes/{id}/stop")
    String stop(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        routes.stop(id, who.getName());
        redirect.addFlashAttribute("message", "已停止路由 " + id);
        return "redirect:/admin/routes";
    }

    @PostMapping("/admin/routes/{id}/start")
    String start(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        routes.start(id, who.getName());
        redirect.addFlashAttribute("message", "已启动路由 " + id);
        return "redirect:/admin/routes";
    }
}
