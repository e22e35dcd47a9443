package org.egovhub.testing;

import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.egovhub.platform.stage.StageFailures;
import org.egovhub.platform.stage.StageSender;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The base of a fast route test ({@link StageRouteTestKit}): the routes are advised once at their
 * edges before Camel starts, the send step's answer arrives at {@code mock:sent}, and no broker is
 * involved (the send step and the error policy's JMS side are Mockito beans). A subclass names its
 * routes in {@code camel.main.routes-include-pattern} and advises them in {@link #advise()}, usually
 * with {@link #replaceEdges}. See {@code repost.extract.ExtractRouteTest}.
 */
@UseAdviceWith
@DirtiesContext
public abstract class AdvisedRouteTest {

    @Autowired
    protected CamelContext camel;

    @Autowired
    protected ProducerTemplate producer;

    @MockitoBean(name = "stageSender")
    StageSender stageSender;

    @MockitoBean(name = "stageFailures")
    StageFailures stageFailures;

    @EndpointInject("mock:sent")
    protected MockEndpoint sent;

    @BeforeEach
    void adviseTheEdgesOnce() throws Exception {
        MockEndpoint.resetMocks(camel);
        if (camel.getStatus().isStarted()) {
            return;
        }
        advise();
        camel.start();
    }

    /** Advises the routes under test before Camel starts; called once per test context. */
    protected abstract void advise() throws Exception;

    /** The route consumes from {@code direct:<from>} instead of its queue, and its send step sends to {@code mock:sent}. */
    protected void replaceEdges(String routeId, String from, String sendStepId) throws Exception {
        AdviceWith.adviceWith(camel, routeId, route -> {
            route.replaceFromWith("direct:" + from);
            route.weaveById(sendStepId).replace().to("mock:sent");
        });
    }
}
