package org.egovhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.Queues;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SMTP server is down while a quarter is run: the run still records its four alerts, they wait
 * on the alert queue, and once the server is back every mail arrives once, with nothing left queued
 * or dead-lettered.
 */
@HubTest
class ReconcileSmtpOutageIT {

    static final int SMTP_PORT = FreePort.find();

    /** Not started until the outage is over. */
    static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("hub.reconcile.departments-file", () -> "src/test/resources/reconcile/departments.yml");
        registry.add("hub.reconcile.alerts.enabled", () -> "false");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    Queues queues;

    @Autowired
    TestClock clock;

    @TempDir
    Path dir;

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void shouldMailEveryAlertOnceWhenTheSmtpServerIsBackAfterAnOutageDuringTheRun() throws Exception {
        upload("actual", ReconcileTesting.actualGbk(dir));
        upload("online", ReconcileTesting.onlineXlsx(dir));

        JsonNode run = post("/api/reconcile/quarters/2018Q1/run");

        assertThat(run.at("/alertsSent").size()).isEqualTo(4);
        // The first attempt finds nobody listening; the alerts wait on their queue, none is dead-lettered.
        await().atMost(Duration.ofSeconds(30)).until(() -> smtpHealth() != null);
        assertThat(smtpHealth().get("reachable").asBoolean()).isFalse();
        assertThat(queues.depth("alert.mail.dlq")).isZero();

        smtp.start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            // The outage breaker waits on the hub's clock: let it run on so that a probe goes out.
            clock.advance(Duration.ofSeconds(30));
            assertThat(smtp.getReceivedMessages()).hasSize(5);
            assertThat(queues.depth("alert.mail")).isZero();
        });
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReconcileSmtpOutageIT::recipientsAndSubject)).containsExactlyInAnyOrder(
                "d2-head@example.gov.cn 【网上办件核对】2018年第1季度 区民政局：上网率 60.00%，同步率 60.00%",
                "d3-head@example.gov.cn 【网上办件核对】2018年第1季度 区人力资源和社会保障局：上网率 100.00%，同步率 75.00%",
                "d4-head@example.gov.cn 【网上办件核对】2018年第1季度 区住房和城乡建设局：上网率 66.66%，同步率 66.66%",
                "mayor@example.gov.cn,deputy@example.gov.cn 【全区通报】2018年第1季度网上办件核对：上网率 81.25%，同步率 75.00%，3 个部门未达标",
                "mayor@example.gov.cn,deputy@example.gov.cn 【全区通报】2018年第1季度网上办件核对：上网率 81.25%，同步率 75.00%，3 个部门未达标");
        assertThat(queues.depth("alert.mail.dlq")).isZero();
        assertThat(smtpHealth().get("reachable").asBoolean()).isTrue();
        assertThat(post("/api/reconcile/quarters/2018Q1/run").at("/alertsSent").size()).isZero();
    }

    /** What the health endpoint says of the SMTP server, {@code null} before the hub has tried it. */
    private JsonNode smtpHealth() throws Exception {
        return json.readTree(admin().getForObject("/actuator/health", String.class)).findValue("alert:smtp");
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD);
    }

    private void upload(String side, Path file) throws Exception {
        new ReconcileApi(admin(), json).upload(side, file);
    }

    private JsonNode post(String path) throws Exception {
        return new ReconcileApi(admin(), json).post(path);
    }

    private static String recipientsAndSubject(MimeMessage message) {
        try {
            return String.join(",", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()) + " " + message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
