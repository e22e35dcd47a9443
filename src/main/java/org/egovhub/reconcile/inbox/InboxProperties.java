package org.egovhub.reconcile.inbox;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The drop folders, under {@code hub.reconcile.inbox.}.
 *
 * @param online folder for online case records (网上办件)
 * @param actual folder for actual case records (实际办件)
 * @param pollDelay how often the folders are looked at
 */
@Validated
@ConfigurationProperties(prefix = "hub.reconcile.inbox", ignoreUnknownFields = false)
public record InboxProperties(@NotNull Path online, @NotNull Path actual, @DefaultValue("5s") Duration pollDelay) {
}
