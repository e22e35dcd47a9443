package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.egovhub.testing.Browser;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.StandaloneArtemis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The queue API and pages against a standalone Artemis 2.40 broker (its own process, login
 * required): the hub reads it through management messages exactly as it reads its embedded one.
 */
@HubTest
class QueueApiStandaloneIT extends QueueApiContract {

    @RegisterExtension
    static final StandaloneArtemis broker = new StandaloneArtemis();

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void standalone(DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.mode", () -> "native");
        registry.add("spring.artemis.broker-url", broker::url);
        registry.add("spring.artemis.user", () -> StandaloneArtemis.USER);
        registry.add("spring.artemis.password", () -> StandaloneArtemis.PASSWORD);
    }

    @Test
    void shouldShowTheStandaloneBrokersDeadLettersInTheBrowser() {
        send(prefix + ".dlq", 2, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> queues.depth(prefix + ".dlq") == 2);
        browser.at(port).logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/queues");
        assertThat(browser.find("tr[data-key='" + prefix + ".dlq'] td[data-field=depth]").getText()).isEqualTo("2");

        browser.open("/admin/queues/" + prefix + ".dlq");

        assertThat(browser.findAll("tr.message")).hasSize(2);
        assertThat(browser.find("tr.message .cause").getText()).isEqualTo("HTTP 503");
        browser.submitConfirmed(browser.find("tr.message form.replay button"), "replayed");
        assertThat(browser.find("#total").getText()).isEqualTo("1");
        await().atMost(Duration.ofSeconds(20)).until(() -> queues.depth(prefix) == 1);
    }
}
