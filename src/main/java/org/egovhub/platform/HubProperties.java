package org.egovhub.platform;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the hub itself, under {@code hub.}.
 *
 * @param dataDir the folder everything the hub writes goes under: broker journal, embedded
 *     database, drops and the initial admin password
 */
@Validated
@ConfigurationProperties(prefix = "hub")
public record HubProperties(@NotNull @DefaultValue("data") Path dataDir) {

    /** Resolves a folder below the data folder. */
    public Path resolve(String child) {
        return dataDir.resolve(child);
    }
}
