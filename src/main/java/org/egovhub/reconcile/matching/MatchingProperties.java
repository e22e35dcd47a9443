package org.egovhub.reconcile.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cases are matched, under {@code hub.reconcile.matching.}.
 *
 * @param dateWindowDays cases without a shared case number match when their acceptance dates are at
 *     most this many days apart (0: the same day)
 * @param lateAfterDays a matched online record entered more than this many days after the actual
 *     acceptance is late (not synchronized)
 */
@Validated
@ConfigurationProperties(prefix = "hub.reconcile.matching", ignoreUnknownFields = false)
public record MatchingProperties(
        @Min(0) @Max(92) @DefaultValue("1") int dateWindowDays,
        @Min(0) @Max(366) @DefaultValue("3") int lateAfterDays) {

    /** The defaults: a window of one day, late after three days. */
    public static MatchingProperties defaults() {
        return new MatchingProperties(1, 3);
    }
}
