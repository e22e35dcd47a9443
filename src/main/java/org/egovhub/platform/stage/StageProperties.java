package org.egovhub.platform.stage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The shared error policy of every stage route, under {@code hub.stage.}: how often a message that
 * a stage could not handle at all is retried in place before it is dead-lettered. Failures a stage
 * expects (a target down, a refused record) never get here: the stage answers them with its own
 * {@link Backoff}.
 *
 * @param maxRedeliveries quick retries in place after the first attempt
 * @param redeliveryDelay the wait before the first of them; it doubles, up to 10 s
 */
@Validated
@ConfigurationProperties(prefix = "hub.stage", ignoreUnknownFields = false)
public record StageProperties(
        @Min(0) @Max(10) @DefaultValue("2") int maxRedeliveries,
        @NotNull @DefaultValue("500ms") Duration redeliveryDelay) {
}
