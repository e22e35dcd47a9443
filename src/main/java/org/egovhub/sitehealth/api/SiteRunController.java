package org.egovhub.sitehealth.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteReport;
import org.egovhub.sitehealth.hub.SiteFinding;
import org.egovhub.sitehealth.hub.SiteHealthService;
import org.egovhub.sitehealth.hub.SiteRun;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/site}: login required; {@code POST /api/site/runs} needs ADMIN (SecurityConfiguration). */
@RestController
@RequestMapping("/api/site")
class SiteRunController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SiteHealthService service;

    SiteRunController(SiteHealthService service) {
        this.service = service;
    }

    @GetMapping("/runs")
    List<SiteRun> runs() {
        return service.runs();
    }

    @GetMapping("/runs/{id}")
    SiteRun run(@PathVariable long id) {
        return service.run(id);
    }

    @GetMapping("/runs/{id}/findings")
    List<SiteFinding> findings(@PathVariable long id, @RequestParam(required = false) String kind) {
        return service.findings(id, kind);
    }

    @GetMapping("/runs/{id}/fixed")
    List<Finding> fixed(@PathVariable long id) {
        return service.fixed(id);
    }

    @GetMapping("/runs/{id}/report.xlsx")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        SiteReport report = service.report(id);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"site-run-" + id + ".xlsx\"");
        service.writeXlsx(report, response.getOutputStream());
    }

    /** Crawl and check now: 202 with the queued run, its address in {@code Location}. */
    @PostMapping("/runs")
    ResponseEntity<SiteRun> request(Principal who) {
        SiteRun run = service.requestRun(who.getName());
        return ResponseEntity.accepted().location(URI.create("/api/site/runs/" + run.id())).body(run);
    }
}
