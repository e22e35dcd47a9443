package org.egovhub.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded Artemis broker, under {@code hub.broker.}. Ignored when the hub runs against a
 * standalone broker ({@code spring.artemis.mode=native}), where no embedded broker starts.
 *
 * @param host the address the TCP acceptor listens on; loopback by default so nothing outside
 *     this machine reaches the broker
 * @param port the TCP port outside clients and tools connect to
 * @param maxDeliveryAttempts deliveries of one message after which the broker itself parks it
 *     on {@code hub.poison}; the hub's routes dead-letter long before this, so it only catches
 *     messages that crash the consumer
 * @param password the password of the hub's own user {@code hub}: {@code HUB_BROKER_PASSWORD} when
 *     set, else the one kept in {@code <data-dir>/broker-password} (see {@link BrokerPassword})
 * @param users logins for outside clients, each with a role
 */
@Validated
@ConfigurationProperties(prefix = "hub.broker", ignoreUnknownFields = false)
public record BrokerProperties(
        @NotBlank @DefaultValue("127.0.0.1") String host,
        @Min(1) @Max(65535) @DefaultValue("61616") int port,
        @Min(1) @DefaultValue("50") int maxDeliveryAttempts,
        String password,
        @Valid @BrokerUser.NamedOnce @DefaultValue List<BrokerUser> users) {

    /** The hub's own login on the embedded broker. */
    public static final String HUB_USER = "hub";

    /** The acceptor URL of the embedded broker's TCP listener. */
    public String acceptorUrl() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public String toString() {
        return "BrokerProperties[host=" + host + ", port=" + port + ", maxDeliveryAttempts=" + maxDeliveryAttempts
                + ", password=****, users=" + users + "]";
    }
}
