package org.egovhub.admin;

import java.util.Comparator;
import java.util.List;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/reconcile}: the quarter table by department from {@link ReconcileService}, and the
 * charts the browser draws with ECharts (served by the hub from its WebJar) from the reconcile
 * API's JSON. With no figures the page says so.
 */
@Controller
class ReconcilePagesController {

    private final ReconcileService reconcile;

    ReconcilePagesController(ReconcileService reconcile) {
        this.reconcile = reconcile;
    }

    @GetMapping("/admin/reconcile")
    String page(@RequestParam(required = false) String quarter, Model model) {
        List<ReconcileService.QuarterTotal> quarters = reconcile.quarters().stream()
                .sorted(Comparator.comparing(ReconcileService.QuarterTotal::quarter).reversed()).toList();
        Quarter shown = quarter != null ? Quarter.parse(quarter) : quarters.isEmpty() ? null : quarters.get(0).quarter();
        model.addAttribute("quarters", quarters);
        model.addAttribute("quarter", shown);
        if (shown != null) {
            reconcile.figures(shown).ifPresent(figures -> model.addAttribute("figures", figures));
        }
        return "admin/reconcile";
    }
}
