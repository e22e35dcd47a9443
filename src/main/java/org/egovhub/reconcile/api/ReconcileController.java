package org.egovhub.reconcile.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.alerting.AlertSend;
import org.egovhub.reconcile.matching.CaseKind;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/reconcile}: login required; POST (run, import, resend) needs ADMIN (SecurityConfiguration). */
@RestController
@RequestMapping("/api/reconcile")
class ReconcileController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReconcileService service;

    ReconcileController(ReconcileService service) {
        this.service = service;
    }

    @GetMapping("/quarters")
    List<ReconcileService.QuarterTotal> quarters() {
        return service.quarters();
    }

    @GetMapping("/quarters/{quarter}/departments")
    List<DepartmentFigures> departments(@PathVariable String quarter) {
        Quarter q = Quarter.parse(quarter);
        return service.figures(q).orElseThrow(() -> notRun(q)).departments();
    }

    @GetMapping("/quarters/{quarter}/departments/{code}/cases")
    ReconcileService.CasePage cases(@PathVariable String quarter, @PathVariable String code, @RequestParam String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 1000");
        }
        Quarter q = Quarter.parse(quarter);
        return service.cases(q, code, CaseKind.parse(kind), page, size).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no department " + code + " in the figures of " + q));
    }

    @GetMapping("/quarters/{quarter}/report.xlsx")
    void report(@PathVariable String quarter, HttpServletResponse response) throws IOException {
        Quarter q = Quarter.parse(quarter);
        if (service.figures(q).isEmpty()) {
            throw notRun(q);
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"reconcile-" + q + ".xlsx\"");
        service.reportXlsx(q, response.getOutputStream());
    }

    @GetMapping("/quarters/{quarter}/alerts")
    List<AlertSend> alerts(@PathVariable String quarter) {
        return service.alerts(Quarter.parse(quarter));
    }

    @PostMapping("/quarters/{quarter}/run")
    Map<String, Object> run(@PathVariable String quarter, Principal who) {
        ReconcileService.RunOutcome outcome = service.run(Quarter.parse(quarter), who.getName());
        return Map.of("quarter", quarter, "departments", outcome.figures().departments(), "alertsSent", outcome.alerts());
    }

    @PostMapping("/quarters/{quarter}/alerts/resend")
    Map<String, Object> resend(@PathVariable String quarter, Principal who) {
        Quarter q = Quarter.parse(quarter);
        return Map.of("quarter", quarter, "alertsSent", service.resend(q, who.getName()).orElseThrow(() -> notRun(q)));
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    ResponseEntity<ReconcileService.ImportOutcome> upload(@RequestParam String side, @RequestPart("file") MultipartFile file,
            Principal who) throws IOException {
        Side s = Side.parse(side);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        ReconcileService.ImportOutcome outcome = service.importUpload(s, name, file.getInputStream(), who.getName());
        return ResponseEntity.status(outcome.summary().failed() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(outcome);
    }

    private static ResponseStatusException notRun(Quarter quarter) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, quarter + " has not been run: POST /api/reconcile/quarters/"
                + quarter + "/run");
    }
}
