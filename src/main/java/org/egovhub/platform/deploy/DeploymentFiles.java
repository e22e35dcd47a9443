package org.egovhub.platform.deploy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The deployment files the hub started with, each read by the one rule: a file named by its
 * setting must exist; without the setting, the file at its default path is read when it is
 * there, else the built-in default. A file that is read is always validated, so a bad one stops
 * the start; the log names each file read or says the built-in default was used.
 */
public final class DeploymentFiles {

    private static final Logger log = LoggerFactory.getLogger(DeploymentFiles.class);

    /**
     * One file as read.
     *
     * @param spec what it is
     * @param origin the file as configured, or {@code built-in <default path>}
     * @param builtIn whether the built-in default was used
     * @param content the validated record
     */
    public record Loaded<T>(DeploymentFileSpec<T> spec, String origin, boolean builtIn, T content) {
    }

    private final List<Loaded<?>> files;

    private DeploymentFiles(List<Loaded<?>> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Reads every file of {@code specs}. Settings and {@code ${...}} come from {@code environment};
     * relative paths are taken from {@code workingDirectory} (the hub's is {@code Path.of("")}) but
     * named in messages as configured.
     *
     * @throws DeploymentFileException for the first file that is missing or invalid
     */
    public static DeploymentFiles load(ConfigurableEnvironment environment, List<? extends DeploymentFileSpec<?>> specs,
            DeploymentFileReader reader, Path workingDirectory) {
        Binder binder = Binder.get(environment);
        List<Loaded<?>> loaded = new ArrayList<>();
        for (DeploymentFileSpec<?> spec : specs) {
            loaded.add(load(spec, binder.bind(spec.key(), String.class).orElse(null), environment, reader, workingDirectory));
        }
        return new DeploymentFiles(loaded);
    }

    private static <T> Loaded<T> load(DeploymentFileSpec<T> spec, String configured, ConfigurableEnvironment environment,
            DeploymentFileReader reader, Path workingDirectory) {
        UnaryOperator<String> placeholders = spec.resolvesPlaceholders() ? environment::resolveRequiredPlaceholders
                : UnaryOperator.identity();
        if (configured != null && configured.isBlank()) {
            throw new DeploymentFileException("(no file)", null, spec.key() + " is set but empty: name a file, or leave it out");
        }
        String shown = configured != null ? configured : spec.defaultPath();
        Path file = workingDirectory.resolve(shown);
        if (Files.exists(file) || configured != null) {
            if (!Files.exists(file)) {
                throw new DeploymentFileException(shown, null, "not found (named by " + spec.key() + ")");
            }
            T content = reader.read(shown, file, spec.type(), placeholders);
            log.info("Read deployment file {} ({})", shown, spec.key());
            return new Loaded<>(spec, shown, false, content);
        }
        String origin = "built-in " + spec.defaultPath();
        InputStream builtIn = DeploymentFiles.class.getClassLoader().getResourceAsStream(spec.builtInDefault());
        if (builtIn == null) {
            throw new IllegalStateException("The jar lacks the built-in " + spec.builtInDefault() + " for " + spec.key());
        }
        T content = reader.read(origin, builtIn, spec.type(), placeholders);
        log.info("No deployment file at {} ({}): using the built-in default", shown, spec.key());
        return new Loaded<>(spec, origin, true, content);
    }

    /** The content of the file bound onto {@code type}. */
    public <T> T get(Class<T> type) {
        return files.stream().filter(f -> f.spec().type() == type).findFirst().map(f -> type.cast(f.content()))
                .orElseThrow(() -> new NoSuchElementException("No deployment file of type " + type.getName()));
    }

    /** Every file, in the order read. */
    public List<Loaded<?>> all() {
        return files;
    }
}
