package org.egovhub.platform.deploy;

import java.nio.file.Path;

/**
 * A deployment file a capability reads at start, declared to the platform by a class listed under
 * this interface's name in {@code META-INF/spring.factories} (so the platform reads it without
 * knowing the capability). The file is the one the setting {@link #key()} names; when the setting
 * is not given, the one at {@link #defaultPath()}; when nothing is there, the built-in default
 * packaged in the jar.
 *
 * @param <T> the record the file is bound onto
 */
public interface DeploymentFileSpec<T> {

    /** The setting that names the file, e.g. {@code hub.extranet.channels-file}. */
    String key();

    /** Where the file is when the setting is not given, relative to the working directory, e.g. {@code config/channels.yml}. */
    String defaultPath();

    /** The record the file is bound onto. */
    Class<T> type();

    /** Whether {@code ${NAME}} in the file's values is resolved (environment variables, system properties, settings). */
    default boolean resolvesPlaceholders() {
        return false;
    }

    /** The built-in default on the classpath: the file of the same name in {@code config/}, copied by the build to {@code defaults/}. */
    default String builtInDefault() {
        return "defaults/" + Path.of(defaultPath()).getFileName();
    }
}
