package org.egovhub.admin;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.alerting.AlertSend;
import org.egovhub.reconcile.matching.CaseKind;
import org.egovhub.reconcile.store.ImportSummary;
import org.egovhub.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/reconcile}: the quarter table by department from {@link ReconcileService}, the
 * charts the browser draws with ECharts (served by the hub from its WebJar) from the reconcile
 * API's JSON, a department's case lists page by page, and what an ADMIN does there (upload a
 * ledger, resend an alert; roles by URL in the security configuration, audited by the service).
 * With no figures the page says so.
 */
@Controller
class ReconcilePagesController {

    static final int CASES_PER_PAGE = 50;

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
            reconcile.figures(shown).ifPresent(figures -> {
                model.addAttribute("figures", figures);
                model.addAttribute("alerts", reconcile.alerts(shown));
            });
        }
        return "admin/reconcile";
    }

    @GetMapping("/admin/reconcile/{quarter}/departments/{code}")
    String cases(@PathVariable String quarter, @PathVariable String code, @RequestParam(defaultValue = "missing") String kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Quarter q = Quarter.parse(quarter);
        CaseKind k = CaseKind.parse(kind);
        var figures = reconcile.figures(q).orElseThrow(() -> new NotFoundException(q + " 尚无对账结果"));
        var department = figures.department(code).orElseThrow(() -> new NotFoundException(q + " 的对账结果中没有部门 " + code));
        var found = reconcile.cases(q, code, k, Math.max(0, page), CASES_PER_PAGE).orElseThrow();
        model.addAttribute("quarter", q);
        model.addAttribute("department", department);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("page", found);
        model.addAttribute("pages", Math.max(1, (found.total() + CASES_PER_PAGE - 1) / CASES_PER_PAGE));
        return "admin/reconcile-cases";
    }

    @PostMapping("/admin/reconcile/imports")
    String upload(@RequestParam String side, @RequestParam("file") MultipartFile file, Principal who, RedirectAttributes redirect)
            throws IOException {
        Side s = Side.parse(side);
        if (file.isEmpty()) {
            throw new IllegalArgumentException("请选择要导入的文件");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        ReconcileService.ImportOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = reconcile.importUpload(s, name, in, who.getName());
        }
        ImportSummary summary = outcome.summary();
        redirect.addFlashAttribute("message", summary.failed()
                ? "导入失败：" + name + "：" + summary.failure()
                : "已导入" + s.label() + " " + name + "：读取 " + summary.read() + " 行，新增 " + summary.imported() + " 件，重复 "
                        + summary.duplicates() + " 行，拒收 " + summary.rejected() + " 行");
        redirect.addFlashAttribute("issues", outcome.issues().stream().limit(20).toList());
        return "redirect:/admin/reconcile";
    }

    @PostMapping("/admin/reconcile/{quarter}/alerts/resend")
    String resend(@PathVariable String quarter, @RequestParam String department, Principal who, RedirectAttributes redirect) {
        Quarter q = Quarter.parse(quarter);
        AlertSend sent = reconcile.resendAlert(q, department, who.getName());
        redirect.addFlashAttribute("message", "已重发 " + q + " 的" + ("*".equals(department) ? "全区汇总" : "部门 " + department)
                + " 提醒（第 " + sent.resendNo() + " 次重发，" + sent.recipients().size() + " 位收件人）");
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/reconcile").queryParam("quarter", q.toString()).toUriString();
    }
}
