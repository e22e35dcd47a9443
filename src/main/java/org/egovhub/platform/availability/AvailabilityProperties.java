package org.egovhub.platform.availability;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the broker and the database are watched, under {@code hub.availability.}.
 *
 * @param probeInterval how often each is asked
 * @param probeTimeout a probe that has not answered within this is taken as "down"
 * @param retryAfter what a refused API call is told to wait ({@code Retry-After})
 */
@Validated
@ConfigurationProperties(prefix = "hub.availability", ignoreUnknownFields = false)
public record AvailabilityProperties(
        @NotNull @DefaultValue("1s") Duration probeInterval,
        @NotNull @DefaultValue("1500ms") Duration probeTimeout,
        @NotNull @DefaultValue("5s") Duration retryAfter) {
}
