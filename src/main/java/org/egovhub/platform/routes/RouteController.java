package org.egovhub.platform.routes;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/routes}: VIEWER may read, ADMIN may stop and start (checked from the URL and method). */
@RestController
@RequestMapping("/api/admin/routes")
class RouteController {

    private final RouteService routes;

    RouteController(RouteService routes) {
        this.routes = routes;
    }

    @GetMapping
    List<RouteView> list() {
        return routes.list();
    }

    @PostMapping("/{id}/stop")
    RouteView stop(@PathVariable String id, Principal who) {
        return routes.stop(id, who.getName());
    }

    @PostMapping("/{id}/start")
    RouteView start(@PathVariable String id, Principal who) {
        return routes.start(id, who.getName());
    }
}
