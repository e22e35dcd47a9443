package org.egovhub.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.jms.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.Queues;
import org.egovhub.testing.TestClock;
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
    Queues queues;

    @Autowired
    JmsTemplate jms;

    @Autowired
    TestClock clock;

    @Autowired
    AlertProperties properties;

    @Autowired
    SentAlerts sent;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void shouldMailAnAlertToItsRecipientWithMaskedPersonalData() throws Exception {
        boolean raised = alerts.raise(new Alert("test.mail.one", List.of("head@dept.example"), "季度办件核对：民政局",
                "申请人 11010519491231002X 电话 13812345678 的办件未上网"));

        assertThat(raised).isTrue();
        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> mails("季度办件核对：民政局"), m -> !m.isEmpty()).get(0);
        assertThat(mails("季度办件核对：民政局")).hasSize(1);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("head@dept.example");
        assertThat(text(mail)).as("the decoded body").contains("申请人 110105********002X 电话 138****5678 的办件未上网")
                .doesNotContain("11010519491231002X").doesNotContain("13812345678");
    }

    @Test
    void shouldListAMailedAlertWithItsSubjectMaskedOnEveryNodeAndAfterARestart() {
        String subject = "办件未上网：申请人 11010519491231002X";
        alerts.raise(new Alert("test.mail.listed", List.of("a@dept.example", "b@dept.example"), subject, "正文"));

        // GreenMail keeps a copy per recipient
        await().atMost(Duration.ofSeconds(20)).until(() -> mails("办件未上网：申请人 110105********002X").size() == 2);
        SentAlerts.Sent listed = await().atMost(Duration.ofSeconds(20)).until(() -> sent.recent().stream()
                .filter(a -> a.key().equals("test.mail.listed")).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(listed.subject()).isEqualTo("办件未上网：申请人 110105********002X");
        assertThat(listed.recipients()).isEqualTo(2);
        assertThat(listed.at()).isEqualTo(java.time.OffsetDateTime.now(clock));
        assertThat(jdbc.queryForList("select subject from alert_sent", String.class)).noneMatch(s -> s.contains("11010519491231002X"));
        assertThat(new SentAlerts(jdbc, clock).recent()).as("what another node, or this one restarted, lists").contains(listed);
    }

    @Test
    void shouldForgetSentAlertsAfterAYear() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        sent.mailed(new AlertMailed(now.minusDays(SentAlerts.KEPT_DAYS + 1), "test.sent.old", "旧提醒", 1));
        assertThat(jdbc.queryForList("select alert_key from alert_sent", String.class)).contains("test.sent.old");

        sent.mailed(new AlertMailed(now, "test.sent.new", "新提醒", 1));

        assertThat(jdbc.queryForList("select alert_key from alert_sent", String.class)).contains("test.sent.new")
                .doesNotContain("test.sent.old");
    }

    @Test
    void shouldNotRepeatTheSameAlertWithinTheQuietPeriodAndRepeatItAfter() {
        Alert alert = Alert.toAdministrators("test.mail.repeat", "源站点失败（重复测试）", "连续失败");

        assertThat(alerts.raise(alert)).isTrue();
        clock.advance(properties.quietPeriod().minusSeconds(1));
        assertThat(alerts.raise(alert)).as("within the quiet period").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(alerts.raise(alert)).as("once the quiet period is over").isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> mails("源站点失败（重复测试）").size() == 2);
    }

    @Test
    void shouldDeadLetterAnUnreadableAlertWithItsReason() throws Exception {
        String unreadable = "{not json " + System.nanoTime();
        jms.convertAndSend("alert.mail", unreadable);

        List<Message> dead = await().atMost(Duration.ofSeconds(20)).until(() -> queues.browse("alert.mail.dlq", unreadable), m -> !m.isEmpty());

        assertThat(dead).hasSize(1);
        Message message = dead.get(0);
        assertThat(Queues.text(message)).isEqualTo(unreadable);
        assertThat(message.getStringProperty("HubFailureCause")).contains("JsonParseException");
        assertThat(message.getStringProperty("HubOriginalQueue")).isEqualTo("alert.mail");
        // Unreadable content is refused at once: another try would read the same bytes.
        assertThat(message.getStringProperty("HubFailureKind")).isEqualTo("refused");
        assertThat(message.getIntProperty("HubAttempts")).isEqualTo(1);
        assertThat(message.getStringProperty("HubFirstFailureAt")).isEqualTo(java.time.OffsetDateTime.now(clock).toString());
    }

    private static List<MimeMessage> mails(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).toList();
    }

    /** The decoded text of a plain-text mail (the raw body is base64 once it holds Chinese). */
    static String text(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
