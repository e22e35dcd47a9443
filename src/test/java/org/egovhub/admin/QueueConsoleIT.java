package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.egovhub.platform.audit.Audit;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Browser;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

/** The queue pages in a real browser: depths that rise by themselves, a dead letter's reason, its replay; what a VIEWER is offered. */
@HubTest
class QueueConsoleIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Audit audit;

    @BeforeEach
    void hub() {
        browser.at(port);
        accounts.save(new UserAccount("queue-viewer", "queue-viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldShowADepthRisingWithoutReloading() {
        jms.convertAndSend("console.depth", "{\"n\":0}");
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("console.depth") == 1);
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/queues");
        String depthCell = "tr[data-key='console.depth'] td[data-field=depth]";
        assertThat(browser.find(depthCell).getText()).isEqualTo("1");
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        for (int i = 1; i <= 4; i++) {
            jms.convertAndSend("console.depth", "{\"n\":" + i + "}");
        }

        browser.waitFor(ExpectedConditions.textToBe(org.openqa.selenium.By.cssSelector(depthCell), "5"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.find("tr[data-key='console.depth'] td[data-field=messagesAdded]").getText()).isEqualTo("5");
        browser.shot("depth-risen");
    }

    @Test
    void shouldShowADeadLettersReasonAndReplayIt() {
        jms.convertAndSend("console.replay.dlq", "{\"record\":\"申请人身份证 110101199003077777，电话 13912345678\"}", m -> {
            m.setStringProperty("HubFailureCause", "HTTP 503 from the extranet target");
            m.setStringProperty("HubFailureKind", "failed");
            m.setIntProperty("HubAttempts", 3);
            m.setStringProperty("HubOriginalQueue", "console.replay");
            m.setStringProperty("HubFirstFailureAt", "2026-11-30T09:15:00+08:00");
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("console.replay.dlq") == 1);
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/queues");
        browser.find("a[href='/admin/queues/console.replay.dlq']").click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/queues/console.replay.dlq"));
        browser.shot("dead-letter");

        assertThat(browser.find("tr.message .cause").getText()).isEqualTo("HTTP 503 from the extranet target");
        assertThat(browser.find("tr.message .kind").getText()).isEqualTo("投递失败");
        assertThat(browser.find("tr.message .attempts").getText()).isEqualTo("3");
        assertThat(browser.find("tr.message .original-queue").getText()).isEqualTo("console.replay");
        assertThat(browser.find("tr.message .first-failure").getText()).isEqualTo("2026-11-30T09:15:00+08:00");
        assertThat(browser.pageSource()).doesNotContain("110101199003077777", "13912345678");

        browser.submitConfirmed(browser.find("tr.message form.replay button"), "replayed");

        assertThat(browser.find("#message").getText()).startsWith("已将消息 ID:").endsWith(" 重放到 console.replay");
        assertThat(browser.find("#total").getText()).isEqualTo("0");
        browser.open("/admin/queues/console.replay");
        assertThat(browser.find("#total").getText()).isEqualTo("1");
        assertThat(browser.find("tr.message pre.body").getText()).contains("申请人身份证").doesNotContain("110101199003077777");
    }

    @Test
    void shouldNotOfferABlindReplayOfARefusedDeadLetter() {
        refused("console.refused", "统一社会信用代码 bad 校验位错误");
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/queues/console.refused.dlq");

        assertThat(browser.find("tr.message .kind").getText()).isEqualTo("内容被拒收");
        assertThat(browser.find("tr.message .cause").getText()).isEqualTo("统一社会信用代码 bad 校验位错误");
        assertThat(browser.findAll("tr.message form.replay")).isEmpty();
        assertThat(browser.find("tr.message a.download").getAttribute("href")).endsWith("/download");

        browser.find("tr.message form.resubmit textarea").sendKeys("{\"creditCode\":\"91350100M000100Y43\"}");
        browser.submitConfirmed(browser.find("tr.message form.resubmit button"), "resubmitted");

        assertThat(browser.find("#message").getText()).endsWith(" 提交到 console.refused");
        assertThat(browser.find("#total").getText()).isEqualTo("0");
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("console.refused") == 1);
        assertThat(Queues.text(queues.browse("console.refused").get(0))).isEqualTo("{\"creditCode\":\"91350100M000100Y43\"}");
    }

    @Test
    void shouldDiscardARefusedDeadLetterWithItsReasonInTheAuditLog() {
        refused("console.discard", "校验位错误");
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/queues/console.discard.dlq");

        browser.find("tr.message form.discard input[name=reason]").sendKeys("业务系统已重新报送");
        browser.submitConfirmed(browser.find("tr.message form.discard button"), "discarded");

        assertThat(browser.find("#message").getText()).contains("已丢弃消息");
        assertThat(queues.depth("console.discard.dlq")).isZero();
        assertThat(audit.page(0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("queue.discard");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.detail().get("reason").asText()).isEqualTo("业务系统已重新报送");
        });
    }

    @Test
    void shouldOfferAViewerNoChange() {
        jms.convertAndSend("console.viewer.dlq", "{}", m -> {
            m.setStringProperty("HubFailureKind", "failed");
            m.setStringProperty("HubOriginalQueue", "console.viewer");
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("console.viewer.dlq") == 1);
        browser.logIn("queue-viewer", "queue-viewer-password").open("/admin/queues");
        assertThat(browser.find("tr[data-key='console.viewer.dlq'] td[data-field=depth]").getText()).isEqualTo("1");
        assertThat(browser.findAll("form.replay-all")).isEmpty();

        browser.open("/admin/queues/console.viewer.dlq");
        assertThat(browser.findAll("tr.message")).hasSize(1);
        assertThat(browser.findAll("form.replay, form.delete, form.replay-all")).isEmpty();
        assertThat(browser.findAll("header nav a[href='/admin/audit']")).isEmpty();
    }

    /** A dead letter of {@code <original>.dlq} refused for its content. */
    private void refused(String original, String cause) {
        jms.convertAndSend(original + ".dlq", "{\"creditCode\":\"bad\"}", m -> {
            m.setStringProperty("HubFailureCause", cause);
            m.setStringProperty("HubFailureKind", "refused");
            m.setIntProperty("HubAttempts", 1);
            m.setStringProperty("HubOriginalQueue", original);
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth(original + ".dlq") == 1);
    }
}
