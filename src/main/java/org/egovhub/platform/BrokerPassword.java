package org.egovhub.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The password of the hub's own user {@code hub} on the embedded broker when
 * {@code HUB_BROKER_PASSWORD} is not set: kept in {@code <data-dir>/broker-password}, readable only
 * by its owner, generated on the first start and reused after, so tools on the same host can read
 * it from there ({@code artemis queue stat --user hub --password "$(cat data/broker-password)"}).
 *
 * <p>A new password lives in memory until {@link #persist()}, which the hub calls as the embedded
 * broker starts: a start that stops earlier (a bad setting, a missing file) leaves nothing behind.
 */
final class BrokerPassword {

    static final String FILE_NAME = "broker-password";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;

    private final Path file;
    private String value;
    private boolean unsaved;

    BrokerPassword(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** Whether the hub asked for this password, i.e. none was configured. */
    synchronized boolean inUse() {
        return value != null;
    }

    /** The password in the file, or a new one when there is no file yet. */
    synchronized String value() {
        if (value == null) {
            if (Files.exists(file)) {
                value = read(file);
            } else {
                value = generate();
                unsaved = true;
            }
        }
        return value;
    }

    /** Writes a newly generated password to its file (owner read/write only); a password read from the file stays as it is. */
    synchronized void persist() {
        if (!unsaved) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Written beside the file and moved into place, so no reader ever sees half a password.
            Path partial = file.resolveSibling(FILE_NAME + ".new");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(partial);
            }
            Files.writeString(partial, value + "\n");
            move(partial);
            unsaved = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker password to " + file, e);
        }
    }

    private void move(Path partial) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String read(Path file) {
        try {
            String content = Files.readString(file).strip();
            if (content.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it and the hub generates a new broker password");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the broker password from " + file, e);
        }
    }

    /** 32 letters and digits (190 bits): nothing a shell or a command line would take for an option or a quote. */
    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "BrokerPassword[" + file + "]";
    }
}
