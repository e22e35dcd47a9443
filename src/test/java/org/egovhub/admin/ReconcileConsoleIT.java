package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.reconcile.ReconcileTesting;
import org.egovhub.reconcile.Side;
import org.egovhub.testing.Browser;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reconciliation page in a real browser: the quarter table and the charts drawn by ECharts from the hub's own WebJar. */
@HubTest
class ReconcileConsoleIT {

    /** Whether a canvas of the element has at least one pixel drawn. */
    private static final String CANVAS_DRAWN = """
            var canvas = document.querySelector(arguments[0] + ' canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) { return false; }
            var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
            return false;""";

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void departments(DynamicPropertyRegistry registry) {
        registry.add("hub.reconcile.departments-file", () -> "src/test/resources/reconcile/departments.yml");
        registry.add("hub.reconcile.alerts.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReconcileService reconcile;

    @TempDir
    Path dir;

    @Test
    void shouldShowTheQuarterTableAndDrawTheCharts() throws Exception {
        upload(Side.ACTUAL, ReconcileTesting.actualGbk(dir));
        upload(Side.ONLINE, ReconcileTesting.onlineXlsx(dir));
        reconcile.run(Quarter.parse("2018Q1"), "test");

        browser.at(port).logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/reconcile?quarter=2018Q1");

        assertThat(browser.findAll("tr.department")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.find("tr.department[data-code=D2]").getText()).contains("区民政局");
        browser.waitFor(d -> "true".equals(browser.find("#bar-chart").getDomAttribute("data-drawn"))
                && "true".equals(browser.find("#trend-chart").getDomAttribute("data-drawn")));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript(CANVAS_DRAWN, "#bar-chart")).isEqualTo(true);
        assertThat(js.executeScript(CANVAS_DRAWN, "#trend-chart")).isEqualTo(true);
        browser.shot("charts");

        browser.open("/admin");
        assertThat(browser.find("#last-quarter").getText()).startsWith("2018Q1").contains("网上办件率", "同步率");
    }

    @Test
    void shouldAnswer200ForAQuarterWithoutFigures() {
        browser.at(port).logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/reconcile?quarter=2001Q3");
        assertThat(browser.find("#no-figures").getText()).isEqualTo("2001Q3 尚无对账结果。");
        assertThat(browser.findAll("#bar-chart")).isEmpty();
    }

    @Test
    void shouldServeEchartsFromTheHub() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/webjars/echarts/5.3.1/dist/echarts.min.js")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("echarts");
    }

    private void upload(Side side, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            reconcile.importUpload(side, file.getFileName().toString(), in, "test");
        }
    }
}
