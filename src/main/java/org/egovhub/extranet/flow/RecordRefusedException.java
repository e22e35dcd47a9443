package org.egovhub.extranet.flow;

import java.util.List;
import java.util.stream.Collectors;
import org.egovhub.extranet.record.Violation;

/** A record broke its kind's rules; the message lists every violation with masked values. */
public class RecordRefusedException extends RuntimeException {

    public RecordRefusedException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + (v.value() == null ? "" : " '" + v.value() + "'") + ": " + v.rule())
                .collect(Collectors.joining("; ")));
    }
}
