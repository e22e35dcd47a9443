package org.egovhub.repost.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.egovhub.platform.deploy.DeploymentFileSpec;
import org.egovhub.platform.deploy.Unique;

/**
 * The file {@code sources.yml} (format: docs/repost.md), read at start by the platform's
 * deployment-file reader; a mistake stops the start with one line naming the file, the entry and
 * the field, e.g. {@code config/sources.yml: sources[1].poll-interval: must not be null}.
 *
 * @param sources the upstream sources, in file order; ids are unique
 */
public record SourcesFile(@NotNull @Unique("id") List<@NotNull @Valid Source> sources) {

    /** The setting that names the file. */
    public static final String KEY = "hub.repost.sources-file";

    /** Where the file is when the setting is not given (relative to the working directory). */
    public static final String DEFAULT_PATH = "config/sources.yml";

    /** Declares {@code sources.yml} to the platform (listed in {@code META-INF/spring.factories}). */
    public static final class Spec implements DeploymentFileSpec<SourcesFile> {

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public String defaultPath() {
            return DEFAULT_PATH;
        }

        @Override
        public Class<SourcesFile> type() {
            return SourcesFile.class;
        }
    }
}
