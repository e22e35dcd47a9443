package org.egovhub.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.platform.QueueInfo;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Alerts go through the alert.mail queue to a real SMTP server; a refused alert is dead-lettered with its reason. */
@HubTest
class AlertMailIT {

    static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
    }

    @Autowired
    Alerts alerts;

    @Autowired
    BrokerQueues queues;

    @Autowired
    JmsTemplate jms;

    @Test
    void shouldMailAnAlertToItsRecipientWithMaskedPersonalData() throws Exception {
        boolean raised = alerts.raise(new Alert("test.mail.one", List.of("head@dept.example"), "季度办件核对：民政局",
                "申请人 11010519491231002X 电话 13812345678 的办件未上网"));

        assertThat(raised).isTrue();
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessagesForDomain("dept.example")[0];
        assertThat(mail.getSubject()).isEqualTo("季度办件核对：民政局");
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("head@dept.example");
        assertThat(body).doesNotContain("11010519491231002X").doesNotContain("13812345678");
    }

    @Test
    void shouldNotRepeatTheSameAlertWithinTheQuietPeriod() {
        assertThat(alerts.raise(Alert.toAdministrators("test.mail.repeat", "源站点失败", "连续失败"))).isTrue();
        assertThat(alerts.raise(Alert.toAdministrators("test.mail.repeat", "源站点失败", "连续失败"))).isFalse();
    }

    @Test
    void shouldDeadLetterAnUnreadableAlertWithItsReason() throws Exception {
        jms.convertAndSend("alert.mail", "{not json");

        await().atMost(Duration.ofSeconds(20)).until(() -> depth("alert.mail.dlq") > 0);
        jms.setReceiveTimeout(5000);
        var message = jms.receive("alert.mail.dlq");
        assertThat(message).isNotNull();
        assertThat(message.getStringProperty("HubFailureCause")).contains("JsonParseException");
        assertThat(message.getStringProperty("HubOriginalQueue")).isEqualTo("alert.mail");
        // Unreadable content is refused at once: another try would read the same bytes.
        assertThat(message.getStringProperty("HubFailureKind")).isEqualTo("refused");
        assertThat(message.getIntProperty("HubAttempts")).isEqualTo(1);
        assertThat(message.getStringProperty("HubFirstFailureAt")).contains("+08:00");
    }

    private long depth(String queue) {
        return queues.list().stream().filter(q -> q.name().equals(queue)).mapToLong(QueueInfo::messages).sum();
    }
}
