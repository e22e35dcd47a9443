package org.egovhub.platform.trace;

import java.util.List;

/**
 * One capability's answer to a trace.
 *
 * @param capability the capability's name as the console shows it (信息转载, 外网通道, 办件对账)
 * @param searched what was looked up, in words (e.g. "转载台账：编号、网址、标题")
 * @param records the records found, each with its steps
 * @param probes the queues to look on, and what to look for there
 */
public record Trace(String capability, List<String> searched, List<TracedRecord> records, List<QueueProbe> probes) {

    public Trace {
        searched = List.copyOf(searched);
        records = List.copyOf(records);
        probes = List.copyOf(probes);
    }
}
