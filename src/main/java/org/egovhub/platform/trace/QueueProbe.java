package org.egovhub.platform.trace;

import java.util.List;

/**
 * Where to look on one queue: messages whose header {@code header} is one of {@code values} (the
 * broker filters them, whatever the depth) and messages whose body or a header holds one of
 * {@code needles} (read in order, up to the trace's budget).
 *
 * <pre>
 * QueueProbe.of("repost.extracted", List.of("http://www.gov.cn/a.htm"))
 * QueueProbe.of("extranet.t-licence.legacy", "HubStableId", List.of(id), List.of("雁市监许〔2024〕12号"))
 * </pre>
 */
public record QueueProbe(String queue, String header, List<String> values, List<String> needles) {

    public QueueProbe {
        values = values == null ? List.of() : List.copyOf(values);
        needles = needles == null ? List.of() : List.copyOf(needles);
    }

    /** A probe by body and header text only. */
    public static QueueProbe of(String queue, List<String> needles) {
        return new QueueProbe(queue, null, List.of(), needles);
    }

    public static QueueProbe of(String queue, String header, List<String> values, List<String> needles) {
        return new QueueProbe(queue, header, values, needles);
    }
}
