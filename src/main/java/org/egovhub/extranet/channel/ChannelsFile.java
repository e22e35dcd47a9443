package org.egovhub.extranet.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.egovhub.platform.deploy.DeploymentFileSpec;
import org.egovhub.platform.deploy.Unique;

/**
 * The file {@code channels.yml} (format: docs/extranet.md), read at start by the platform's
 * deployment-file reader: every {@code ${NAME}} in it is resolved, and a mistake stops the start
 * with one line naming the file, the entry and the field, e.g.
 * {@code config/channels.yml: channels[1].extranet.url: must be a JDBC URL (jdbc:...) for a table target}.
 *
 * @param channels the channels, in file order; ids are unique
 */
public record ChannelsFile(@NotNull @Unique("id") List<@NotNull @Valid Channel> channels) {

    /** The setting that names the file. */
    public static final String KEY = "hub.extranet.channels-file";

    /** Where the file is when the setting is not given (relative to the working directory). */
    public static final String DEFAULT_PATH = "config/channels.yml";

    /** Declares {@code channels.yml} to the platform (listed in {@code META-INF/spring.factories}). */
    public static final class Spec implements DeploymentFileSpec<ChannelsFile> {

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public String defaultPath() {
            return DEFAULT_PATH;
        }

        @Override
        public Class<ChannelsFile> type() {
            return ChannelsFile.class;
        }

        @Override
        public boolean resolvesPlaceholders() {
            return true;
        }
    }
}
