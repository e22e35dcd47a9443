package org.egovhub.platform.trace;

import java.util.List;

/**
 * One record as a capability's tables hold it, masked (no ID number, phone number or applicant
 * name in full).
 *
 * @param capability the capability's name as the console shows it
 * @param kind what it is (转载稿件, 双公示行政许可, 实际办件 ...)
 * @param key its stable id or business key
 * @param title a line that says which record it is
 * @param status where it stands now, in words
 * @param steps where it has been, oldest first
 */
public record TracedRecord(String capability, String kind, String key, String title, String status, List<TraceStep> steps) {

    public TracedRecord {
        steps = List.copyOf(steps);
    }
}
