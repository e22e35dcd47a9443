package org.egovhub.platform.stage;

import java.util.Locale;

/**
 * Why a message was dead-lettered, as its {@code HubFailureKind} header says: {@code refused} for its
 * content (a failed check, a 4xx, a constraint at the target), which a replay would only refuse
 * again, or {@code failed} for a reason outside it (timeouts, 5xx, a target down), which a replay
 * can mend.
 */
public enum FailureKind {
    REFUSED, FAILED;

    /** The header value: {@code refused} or {@code failed}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a header names; anything but {@code refused} is a failure. */
    public static FailureKind ofHeader(Object value) {
        return value != null && "refused".equalsIgnoreCase(value.toString()) ? REFUSED : FAILED;
    }
}
