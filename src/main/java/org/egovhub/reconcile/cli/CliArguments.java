package org.egovhub.reconcile.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egovhub.reconcile.Quarter;

/**
 * The arguments of {@code reconcile}; a bad one throws {@link IllegalArgumentException} with a
 * one-line reason. Options {@code --hub.reconcile.*=...} pass through as settings.
 */
record CliArguments(Quarter quarter, Path online, Path actual, Path departments, Path out, List<String> settings) {

    static final String USAGE = "usage: reconcile --quarter=2018Q1 --online=FILE --actual=FILE --departments=FILE --out=DIR";

    static CliArguments parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
            }
            String name = arg.substring(2, equals);
            if (name.startsWith("hub.reconcile.")) {
                settings.add(arg);
            } else if (!List.of("quarter", "online", "actual", "departments", "out").contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; " + USAGE);
            } else if (options.put(name, arg.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
        }
        for (String required : List.of("quarter", "online", "actual", "departments", "out")) {
            if (options.get(required) == null || options.get(required).isBlank()) {
                throw new IllegalArgumentException("missing --" + required + "; " + USAGE);
            }
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(options.get("quarter"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--quarter: " + e.getMessage());
        }
        Path out = Path.of(options.get("out"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out: " + out + " is not a directory");
        }
        return new CliArguments(quarter, file("online", options), file("actual", options), file("departments", options), out,
                List.copyOf(settings));
    }

    private static Path file(String option, Map<String, String> options) {
        Path file = Path.of(options.get(option));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("--" + option + ": " + file + " is not a readable file");
        }
        return file;
    }
}
