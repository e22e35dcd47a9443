package org.egovhub.reconcile.alerting;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Quarterly alerts, under {@code hub.reconcile.alerts.}.
 *
 * @param schedule when the previous quarter is run and alerted (Spring cron, seconds first, in the hub's zone);
 *     default the 5th day of each quarter at 09:00
 * @param escalateAfter from this many consecutive flagged quarters on, a department's alert also goes to the leaders
 * @param enabled whether the schedule runs (alerts on demand work either way)
 */
@Validated
@ConfigurationProperties(prefix = "hub.reconcile.alerts", ignoreUnknownFields = false)
public record AlertingProperties(
        @NotBlank @DefaultValue("0 0 9 5 1,4,7,10 *") String schedule,
        @Min(1) @DefaultValue("2") int escalateAfter,
        @DefaultValue("true") boolean enabled) {
}
