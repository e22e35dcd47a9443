package org.egovhub.alert;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alert mail, under {@code hub.alert.}. The SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender address of every alert
 * @param administrators who receives alerts that name no recipient
 * @param quietPeriod an alert with the same key is not sent again within this period
 * @param maxRedeliveries mail attempts after the first before the alert is dead-lettered
 * @param redeliveryDelay wait before the first retry; it doubles on each further retry
 * @param maxRedeliveryDelay the longest wait between two tries, also between two probes of an
 *     unreachable SMTP server (alerts wait on {@code alert.mail} meanwhile, none is lost)
 */
@Validated
@ConfigurationProperties(prefix = "hub.alert", ignoreUnknownFields = false)
public record AlertProperties(
        @NotBlank @Email @DefaultValue("egov-hub@localhost") String from,
        @DefaultValue("admin@localhost") List<@Email String> administrators,
        @DefaultValue("6h") Duration quietPeriod,
        @Min(0) @DefaultValue("4") int maxRedeliveries,
        @DefaultValue("1s") Duration redeliveryDelay,
        @DefaultValue("60s") Duration maxRedeliveryDelay) {
}
