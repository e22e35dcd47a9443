package org.egovhub.platform.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceServiceTest {

    @Test
    void shouldQuoteSelectorValuesAsJmsSelectorsWriteThem() {
        assertThat(TraceService.selector("HubStableId", List.of("12441500196720244T:雁市监许〔2024〕12号", "o'brien")))
                .isEqualTo("HubStableId IN ('12441500196720244T:雁市监许〔2024〕12号', 'o''brien')");
    }

    @Test
    void shouldRefuseAHeaderNameThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> TraceService.selector("a = 'x' OR 1", List.of("v")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a header name: a = 'x' OR 1");
    }

    @Test
    void shouldMergeTheProbesOfOneQueueAndHeader() {
        List<QueueProbe> merged = TraceService.merge(List.of(
                QueueProbe.of("extranet.t.legacy", "HubStableId", List.of("a"), List.of("n1")),
                QueueProbe.of("repost.fetched", List.of("u")),
                QueueProbe.of("extranet.t.legacy", "HubStableId", List.of("b", "a"), List.of("n1", "n2"))));
        assertThat(merged).containsExactly(
                QueueProbe.of("extranet.t.legacy", "HubStableId", List.of("a", "b"), List.of("n1", "n2")),
                QueueProbe.of("repost.fetched", List.of("u")));
    }

    @Test
    void shouldRefuseAnEmptyQueryBeforeAskingAnyone() {
        TraceService service = new TraceService(List.of(q -> {
            throw new AssertionError("asked");
        }), null);
        assertThatThrownBy(() -> service.trace("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("q must name a record");
    }
}
