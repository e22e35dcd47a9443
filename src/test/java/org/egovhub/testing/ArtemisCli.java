package org.egovhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code artemis} command of the standalone Artemis 2.40.0 distribution the build unpacks
 * (system property {@code artemis.home}, see {@link StandaloneArtemis}), run as a separate process
 * the way an administrator runs it.
 *
 * <pre>
 * ArtemisCli.Result stat = ArtemisCli.run("queue", "stat", "--url", "tcp://127.0.0.1:61616");
 * </pre>
 */
public final class ArtemisCli {

    /** What the command printed (stdout and stderr together) and how it ended. */
    public record Result(int exitCode, String output) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ArtemisCli() {
    }

    /** Runs {@code artemis <arguments>} with no input and waits for it, at most two minutes. */
    public static Result run(String... arguments) {
        Path bin = StandaloneArtemis.home().resolve("bin/artemis");
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException("No Artemis distribution at " + StandaloneArtemis.home()
                    + ": run the tests through Maven (mvn verify), which unpacks it");
        }
        List<String> command = new ArrayList<>();
        command.add(bin.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("artemis " + String.join(" ", arguments) + " did not end: " + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
