package org.egovhub.repost.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.apache.camel.EndpointInject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.repost.RepostQueues;
import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.testing.AdvisedRouteTest;
import org.egovhub.testing.StageRouteTestKit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The route of the extract stage, {@code repost-extract}, without broker or database: a fetched
 * page's JSON goes in where {@code repost.fetched} would deliver it, the stage's answer comes out
 * where the send step would send it; an extraction that throws is dead-lettered by the shared error
 * policy with its reason. The example to copy for a route test.
 */
@CamelSpringBootTest
@SpringBootTest(classes = {StageRouteTestKit.class, ExtractStage.class}, properties = {
    "camel.main.routes-include-pattern=classpath:routes/repost-flow.camel.yaml,classpath:routes/platform-errors.camel.yaml",
    "hub.stage.max-redeliveries=2", "hub.stage.redelivery-delay=1"})
class ExtractRouteTest extends AdvisedRouteTest {

    static final String PAGE = "{\"sourceId\":\"a-list\",\"url\":\"http://127.0.0.1/pages/1.html\",\"body\":\"PGh0bWw+PC9odG1sPg==\","
            + "\"contentType\":\"text/html\",\"listTitle\":\"县政府常务会议召开\",\"fetchedAt\":\"2026-11-27T10:00:00+08:00\"}";

    @MockitoBean(name = "repostExtractor")
    DetailExtractor extractor;

    @MockitoBean(name = "repostGate")
    org.egovhub.repost.ledger.RepostGate repostGate;

    @MockitoBean(name = "repostPublisher")
    org.egovhub.repost.publish.RepostPublisher repostPublisher;

    @EndpointInject("mock:dead-lettered")
    MockEndpoint deadLettered;

    @Override
    protected void advise() throws Exception {
        replaceEdges("repost-extract", "repost.fetched", "repost-extract-send");
        for (String other : List.of("repost-gate", "repost-publish")) {
            AdviceWith.adviceWith(camel, other, route -> route.replaceFromWith("direct:" + other));
        }
        AdviceWith.adviceWith(camel, "hub-dead-letter", route -> route.weaveById("hub-dead-letter-result").replace().to("mock:dead-lettered"));
    }

    @Test
    void shouldReadTheFetchedPageFromItsJsonAndAnswerTheItemForRepostExtracted() throws Exception {
        RepostItem item = mock(RepostItem.class);
        ArgumentCaptor<FetchedPage> page = ArgumentCaptor.forClass(FetchedPage.class);
        when(extractor.extract(page.capture())).thenReturn(item);
        sent.expectedMessageCount(1);

        producer.sendBody("direct:repost.fetched", PAGE);

        sent.assertIsSatisfied();
        assertThat(page.getValue().sourceId()).isEqualTo("a-list");
        assertThat(page.getValue().url()).isEqualTo("http://127.0.0.1/pages/1.html");
        assertThat(new String(page.getValue().body())).isEqualTo("<html></html>");
        assertThat(page.getValue().listTitle()).isEqualTo("县政府常务会议召开");
        StageResult result = sent.getExchanges().get(0).getMessage().getBody(StageResult.class);
        assertThat(result.input()).isEqualTo(new StageResult.Done());
        assertThat(result.outgoing()).extracting(Outgoing::queue, Outgoing::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RepostQueues.EXTRACTED, item));
    }

    @Test
    void shouldDeadLetterAPageWhoseExtractionThrowsAfterTheRetriesInPlace() throws Exception {
        when(extractor.extract(any())).thenThrow(new NullPointerException("no body"));
        deadLettered.expectedMessageCount(1);
        sent.expectedMessageCount(0);

        producer.sendBody("direct:repost.fetched", PAGE);

        deadLettered.assertIsSatisfied();
        sent.assertIsSatisfied();
        Exchange dead = deadLettered.getExchanges().get(0);
        assertThat(dead.getMessage().getBody(String.class)).as("the input as it came").isEqualTo(PAGE);
        assertThat(dead.getMessage().getHeader(DeadLetterHeaders.CAUSE, String.class)).isEqualTo("NullPointerException: no body");
        assertThat(dead.getMessage().getHeader(DeadLetterHeaders.ATTEMPTS, Integer.class)).as("one try and two retries").isEqualTo(3);
        assertThat(dead.getMessage().getHeader(DeadLetterHeaders.KIND, String.class)).isEqualTo("failed");
    }
}
