package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's broker password: generated once into an owner-only file, written only when the broker starts, reused after. */
class BrokerPasswordTest {

    @TempDir
    Path parent;

    @Test
    void shouldKeepANewPasswordInMemoryUntilPersisted() {
        Path dataDir = parent.resolve("data");
        BrokerPassword password = new BrokerPassword(dataDir);

        String value = password.value();

        assertThat(value).matches("[A-Za-z0-9]{32}");
        assertThat(password.value()).isEqualTo(value);
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void shouldWriteTheGeneratedPasswordOwnerOnly() throws Exception {
        BrokerPassword password = new BrokerPassword(parent);
        String value = password.value();

        password.persist();

        Path file = parent.resolve("broker-password");
        assertThat(Files.readString(file)).isEqualTo(value + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(parent.resolve("broker-password.new")).doesNotExist();
    }

    @Test
    void shouldReuseThePasswordOfAnEarlierStartAndLeaveItsFileAlone() throws Exception {
        BrokerPassword first = new BrokerPassword(parent);
        String value = first.value();
        first.persist();
        Path file = parent.resolve("broker-password");
        var written = Files.getLastModifiedTime(file);

        BrokerPassword second = new BrokerPassword(parent);

        assertThat(second.value()).isEqualTo(value);
        second.persist();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void shouldNotTouchTheFileWhenThePasswordWasNeverAskedFor() {
        BrokerPassword password = new BrokerPassword(parent);

        password.persist();

        assertThat(password.inUse()).isFalse();
        assertThat(parent.resolve("broker-password")).doesNotExist();
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        Files.writeString(parent.resolve("broker-password"), "\n");

        assertThatThrownBy(() -> new BrokerPassword(parent).value()).isInstanceOf(IllegalStateException.class)
                .hasMessage(parent.resolve("broker-password") + " is empty: delete it and the hub generates a new broker password");
    }
}
