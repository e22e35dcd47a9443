package org.egovhub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.UpstreamHealth;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.testing.AdvisedRouteTest;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.StageRouteTestKit;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The route of the alert stage, {@code alert-mail}, with the real mail stage and a real SMTP server
 * (GreenMail) but no broker: an alert's JSON goes in where {@code alert.mail} would deliver it, the
 * stage's answer comes out where the send step would send it. Mailed: the mail arrives and the input
 * is simply done; SMTP unreachable: the alert waits (a later delivery, attempts untouched) and health
 * says so; no recipient at all: dead-lettered as refused. See {@code repost.extract.ExtractRouteTest}.
 */
@CamelSpringBootTest
@SpringBootTest(classes = {StageRouteTestKit.class, AlertRouteTest.MailStage.class}, properties = {
    "camel.main.routes-include-pattern=classpath:routes/alert-mail.camel.yaml,classpath:routes/platform-errors.camel.yaml",
    "hub.alert.from=hub@example.gov.cn", "hub.alert.administrators=", "hub.alert.redelivery-delay=2s"})
class AlertRouteTest extends AdvisedRouteTest {

    static final int SMTP_PORT = FreePort.find();

    static final String ALERT = """
            {"key":"reconcile.2018Q1.D2.department.0","to":["d2-head@example.gov.cn"],"cc":["mayor@example.gov.cn"],
             "subject":"【网上办件核对】2018年第1季度 区民政局","body":"上网率 60.00%","attachments":[]}""";

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(MailSenderAutoConfiguration.class)
    @EnableConfigurationProperties(AlertProperties.class)
    @Import({AlertMailer.class, UpstreamHealth.class})
    static class MailStage {
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    UpstreamHealth health;

    @Autowired
    TestClock clock;

    GreenMail smtp;

    @Override
    protected void advise() throws Exception {
        replaceEdges("alert-mail", "alert.mail", "alert-send-result");
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void shouldMailTheAlertWithItsCopyAndAnswerDone() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        // Past any wait of the outage breaker an earlier test may have left open (it runs on this clock).
        clock.advance(Duration.ofMinutes(2));

        StageResult result = answerTo(ALERT);

        assertThat(result).isEqualTo(StageResult.none());
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(mails[0].getSubject()).isEqualTo("【网上办件核对】2018年第1季度 区民政局");
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("hub@example.gov.cn");
        assertThat(mails[0].getHeader("To", ",")).isEqualTo("d2-head@example.gov.cn");
        assertThat(mails[0].getHeader("Cc", ",")).isEqualTo("mayor@example.gov.cn");
        assertThat(mails[0].getContent()).isEqualTo("上网率 60.00%");
    }

    @Test
    void shouldKeepTheAlertWaitingWithItsAttemptsWhileTheSmtpServerCannotBeReached() throws Exception {
        StageResult result = answerTo(ALERT);

        assertThat(result.outgoing()).isEmpty();
        assertThat(result.input()).isInstanceOfSatisfying(StageResult.Retry.class, later -> {
            assertThat(later.counted()).as("an outage does not use up attempts").isFalse();
            assertThat(later.after()).isEqualTo(Duration.ofSeconds(2));
            assertThat(later.reason()).startsWith("MailSendException: ").contains("Connection refused");
        });
        assertThat(health.health().getDetails().get("alert:smtp").toString()).contains("reachable=false");
    }

    @Test
    void shouldDeadLetterAnAlertWithoutRecipientsAsRefused() throws Exception {
        StageResult result = answerTo(ALERT.replace("\"to\":[\"d2-head@example.gov.cn\"],\"cc\":[\"mayor@example.gov.cn\"]",
                "\"to\":[],\"cc\":[]"));

        assertThat(result.input()).isEqualTo(new StageResult.DeadLetter(FailureKind.REFUSED,
                "Alert reconcile.2018Q1.D2.department.0 has no recipient and hub.alert.administrators is empty", null));
    }

    private StageResult answerTo(String alert) throws InterruptedException {
        sent.expectedMessageCount(1);
        producer.sendBodyAndHeader("direct:alert.mail", alert, DeadLetterHeaders.DELIVERY_ATTEMPTS, null);
        sent.assertIsSatisfied();
        return sent.getExchanges().get(0).getMessage().getBody(StageResult.class);
    }
}
