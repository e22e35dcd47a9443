package org.egovhub.sitehealth.check;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One check's figure against its levels.
 *
 * @param check {@code homepage-stale}, {@code stale-columns}, {@code long-stale-columns}, {@code blank-columns},
 *     {@code broken-links}, {@code wording} or {@code unreachable}
 * @param value the figure; null when it could not be measured (e.g. a homepage with no dated item)
 * @param warn the warning level, null when there is none
 * @param veto the veto level, null when there is none
 * @param status {@code pass}, {@code warn} or {@code veto}
 */
public record Check(String check, Integer value, Integer warn, Integer veto, String status) {

    /** Rates {@code value}: veto at or past {@code veto} (when {@code vetoValue} reaches it), else warn at or past {@code warn}. */
    static Check rate(String check, Integer value, Integer warn, Integer veto, Integer vetoValue) {
        String status = "pass";
        if (value != null && veto != null && vetoValue != null && vetoValue >= veto) {
            status = "veto";
        } else if (value != null && warn != null && value >= warn) {
            status = "warn";
        }
        return new Check(check, value, warn, veto, status);
    }

    static Check rate(String check, Integer value, Integer warn, Integer veto) {
        return rate(check, value, warn, veto, value);
    }

    @JsonIgnore
    int rank() {
        return switch (status) {
            case "veto" -> 2;
            case "warn" -> 1;
            default -> 0;
        };
    }
}
