package org.egovhub.extranet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.egovhub.platform.queues.QueueService;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/** Refused records left on a channel's former dead-letter queue are moved to extranet.<channel>.in.dlq at start. */
@HubTest
class FormerDeadLettersIT {

    @Autowired
    FormerDeadLetters formerDeadLetters;

    @Autowired
    QueueService queues;

    @Autowired
    JmsTemplate jms;

    @Test
    void shouldMoveTheFormerDeadLettersOfAChannelWithTheirHeaders() throws Exception {
        jms.convertAndSend("extranet.t-licence.dlq", "{\"行政许可决定文书号\":\"旧1\"}", m -> {
            m.setStringProperty("HubFailureCause", "RecordRefusedException: 许可类别: must not be blank");
            return m;
        });
        jms.convertAndSend("extranet.t-licence.dlq", "{\"行政许可决定文书号\":\"旧2\"}");

        formerDeadLetters.run(null);

        List<String> moved = jms.browse("extranet.t-licence.in.dlq", (session, browser) -> {
            List<String> bodies = new java.util.ArrayList<>();
            for (Object m : Collections.list(browser.getEnumeration())) {
                jakarta.jms.TextMessage text = (jakarta.jms.TextMessage) m;
                bodies.add(text.getText() + " " + text.getStringProperty("HubFailureCause"));
            }
            return bodies;
        });
        assertThat(moved).contains("{\"行政许可决定文书号\":\"旧1\"} RecordRefusedException: 许可类别: must not be blank",
                "{\"行政许可决定文书号\":\"旧2\"} null");
        assertThat(queues.list()).filteredOn(q -> q.name().equals("extranet.t-licence.dlq")).allMatch(q -> q.depth() == 0);
    }
}
