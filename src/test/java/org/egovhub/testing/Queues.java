package org.egovhub.testing;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.platform.QueueInfo;
import org.springframework.jms.core.JmsTemplate;

/**
 * What is on the test hub's queues: the depth the broker reports and the messages a browser sees
 * (nothing is consumed). A bean of every {@link HubTest} context:
 *
 * <pre>
 * {@literal @}Autowired Queues queues;
 * assertThat(queues.depth("alert.mail.dlq")).isEqualTo(1);
 * assertThat(queues.browse("exchange.penalty", "Q1号")).hasSize(1);
 * </pre>
 */
public final class Queues {

    private final BrokerQueues broker;
    private final JmsTemplate jms;

    public Queues(BrokerQueues broker, JmsTemplate jms) {
        this.broker = broker;
        this.jms = jms;
    }

    /** Messages on the queue (scheduled ones included), 0 for a queue the broker does not know. */
    public long depth(String queue) {
        return broker.list().stream().filter(q -> q.name().equals(queue)).mapToLong(QueueInfo::messages).sum();
    }

    /** Every message on the queue, oldest first, left on the queue. */
    @SuppressWarnings("unchecked")
    public List<Message> browse(String queue) {
        return jms.browse(queue, (session, browser) -> Collections.list((Enumeration<Message>) browser.getEnumeration()));
    }

    /** The messages on the queue whose text contains {@code text}. */
    public List<Message> browse(String queue, String text) {
        List<Message> found = new ArrayList<>();
        for (Message message : browse(queue)) {
            if (text(message).contains(text)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The text of a text message. */
    public static String text(Message message) {
        try {
            return message instanceof TextMessage t ? String.valueOf(t.getText()) : String.valueOf(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
