package org.egovhub.platform;

import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * What the stages' guarantees rest on: when a consumed message rolls back, what its route sent
 * through the platform's send step ({@code stageSender}) rolls back with it, even after a stage bean
 * answered a value (which replaces Camel's message), while a plain {@code to: jms:} send has already
 * been committed on its own (safe, but repeated on redelivery).
 */
@HubTest
class JmsTransactionIT {

    @Autowired
    CamelContext camel;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    @Test
    void shouldRollBackWhatTheSendStepSentWhenTheInputRollsBack() throws Exception {
        AtomicInteger attempts = probe("test.tx.consumer", route -> route
                .bean(new Stage("test.tx.consumer.out"), "answer")
                .to("bean:stageSender?method=send"));

        jms.convertAndSend("test.tx.consumer", "probe");

        // The input leaves the queue when the second attempt commits, and with it what that attempt sent.
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() == 2 && queues.depth("test.tx.consumer") == 0);
        assertThat(attempts).hasValue(2);
        assertThat(browse("test.tx.consumer.out")).as("only the committed attempt's message").hasSize(1);
        Message sent = browse("test.tx.consumer.out").get(0);
        assertThat(sent.getStringProperty("HubChannel")).isEqualTo("probe-channel");
        assertThat(sent.getIntProperty("HubDeliveryAttempts")).isEqualTo(2);
        assertThat(browse("test.tx.consumer")).isEmpty();
    }

    @Test
    void shouldStillRollBackTheSendStepsSendsAfterAnotherCamelContextClosed() throws Exception {
        // A context closing (another test's hub in the same JVM, a route removed) shuts its route
        // policies down; the policy that keeps the consumed message was once one instance shared by
        // every route of every context, and then kept it for none.
        try (org.apache.camel.impl.DefaultCamelContext other = new org.apache.camel.impl.DefaultCamelContext()) {
            camel.getRoutePolicyFactories().forEach(other::addRoutePolicyFactory);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:closing").routeId("closing").log("closing");
                }
            });
            other.start();
        }
        AtomicInteger attempts = probe("test.tx.other", route -> route
                .bean(new Stage("test.tx.other.out"), "answer")
                .to("bean:stageSender?method=send"));

        jms.convertAndSend("test.tx.other", "probe");

        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() == 2 && queues.depth("test.tx.other") == 0);
        assertThat(browse("test.tx.other.out")).as("only the committed attempt's message").hasSize(1);
    }

    @Test
    void shouldShowThatAPlainJmsSendIsCommittedOnItsOwn() throws Exception {
        AtomicInteger attempts = probe("test.tx.plain", route -> route.to("jms:queue:test.tx.plain.out"));

        jms.convertAndSend("test.tx.plain", "probe");

        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() == 2 && queues.depth("test.tx.plain") == 0);
        assertThat(attempts).hasValue(2);
        assertThat(browse("test.tx.plain.out")).as("the rolled-back attempt's send stayed").hasSize(2);
    }

    @Test
    void shouldRefuseToSendFromARouteWhoseInputIsNotTransacted() throws Exception {
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:test.tx.untransacted?transacted=false").routeId("probe-untransacted").errorHandler(noErrorHandler())
                        .doTry()
                            .bean(new Stage("test.tx.untransacted.out"), "answer")
                            .to("bean:stageSender?method=send")
                        .doCatch(IllegalStateException.class)
                            .process(exchange -> failures.add(exchange.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT,
                                    Exception.class).getMessage()))
                        .end();
            }
        });

        jms.convertAndSend("test.tx.untransacted", "probe");

        await().atMost(Duration.ofSeconds(30)).until(() -> !failures.isEmpty());
        assertThat(failures).containsExactly("Route probe-untransacted consumed a queue message but its session is not transacted;"
                + " nothing sent, the input is not committed");
        assertThat(browse("test.tx.untransacted.out")).as("nothing sent outside the input's transaction").isEmpty();
    }

    /** A route from {@code queue} that does {@code steps} and then fails its first attempt, as the hub's stages are configured. */
    private AtomicInteger probe(String queue, java.util.function.UnaryOperator<org.apache.camel.model.RouteDefinition> steps)
            throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        String id = "probe-" + queue;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                steps.apply(from("jms:queue:" + queue).routeId(id).errorHandler(noErrorHandler())
                        .process(exchange -> attempts.incrementAndGet()))
                        .process(exchange -> {
                            if (attempts.get() == 1) {
                                throw new IllegalStateException("failing after the send, before the commit");
                            }
                        });
            }
        });
        return attempts;
    }

    /** A stage bean as the hub writes them: a typed body in, a StageResult out. */
    public static class Stage {
        private final String out;

        Stage(String out) {
            this.out = out;
        }

        public StageResult answer(String body) {
            return StageResult.of(List.of(Outgoing.to(out, "sent by the probe")
                    .header("HubChannel", "probe-channel").header("HubDeliveryAttempts", 2)));
        }
    }

    private List<Message> browse(String queue) {
        return queues.browse(queue);
    }
}
