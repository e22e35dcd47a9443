package org.egovhub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.egovhub.platform.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure the hub can be administered: when no user holds ADMIN, creates user {@code admin}
 * with the password from {@code HUB_ADMIN_PASSWORD}, or with a generated one written to
 * {@code <data-dir>/initial-admin-password} (owner read/write only). Only that path is logged.
 * Runs once the schema is migrated and before the web server takes requests, so the first request
 * after the hub reports healthy can already log in.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    static final String FILE_NAME = "initial-admin-password";

    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final HubProperties hub;
    private final String passwordFromEnvironment;

    InitialAdmin(UserAccounts accounts, JdbcTemplate jdbc, HubProperties hub,
            @Value("${HUB_ADMIN_PASSWORD:}") String passwordFromEnvironment) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.hub = hub;
        this.passwordFromEnvironment = passwordFromEnvironment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer admins = jdbc.queryForObject(
                "select count(*) from authorities where authority = ?", Integer.class, "ROLE_" + Roles.ADMIN);
        if (admins != null && admins > 0) {
            return;
        }
        if (!passwordFromEnvironment.isBlank()) {
            accounts.save(new UserAccount("admin", passwordFromEnvironment, java.util.Set.of(Roles.ADMIN), true));
            log.info("Created user 'admin' with the password from HUB_ADMIN_PASSWORD");
            return;
        }
        String generated = generate();
        Path file = writeOwnerOnly(hub.resolve(FILE_NAME), generated);
        accounts.save(new UserAccount("admin", generated, java.util.Set.of(Roles.ADMIN), true));
        log.info("Created user 'admin'; its generated password is in {}", file.toAbsolutePath());
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, content + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
        }
    }
}
