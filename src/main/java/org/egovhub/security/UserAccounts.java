package org.egovhub.security;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.egovhub.platform.audit.Audit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Creates, lists, changes and removes the hub's users; passwords are stored hashed. */
@Service
public class UserAccounts {

    private final JdbcUserDetailsManager users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final Validator validator;
    private final VerifiedLogins logins;

    UserAccounts(JdbcUserDetailsManager users, JdbcTemplate jdbc, PasswordEncoder encoder, Audit audit, Validator validator,
            VerifiedLogins logins) {
        this.logins = logins;
        this.audit = audit;
        this.validator = validator;
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Lists all users with their roles, without passwords. */
    public List<UserAccount> list() {
        return jdbc.queryForList("select username from users order by username", String.class).stream()
                .map(this::find)
                .toList();
    }

    /** One user without password. */
    public UserAccount find(String username) {
        UserDetails details = users.loadUserByUsername(username);
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : details.getAuthorities()) {
            roles.add(authority.getAuthority().replaceFirst("^ROLE_", ""));
        }
        return new UserAccount(details.getUsername(), null, roles, details.isEnabled());
    }

    public boolean exists(String username) {
        return users.userExists(username);
    }

    /** Creates the user, or replaces its roles (and its password, when one is given). */
    @Transactional
    public void save(UserAccount account) {
        if (!account.roles().contains(Roles.ADMIN) || !account.enabled()) {
            requireAnotherAdmin(account.username());
        }
        String hash = account.password() != null ? encoder.encode(account.password()) : null;
        if (users.userExists(account.username())) {
            UserDetails current = users.loadUserByUsername(account.username());
            users.updateUser(details(account, hash != null ? hash : current.getPassword()));
        } else {
            if (hash == null) {
                throw new IllegalArgumentException("A new user needs a password");
            }
            users.createUser(details(account, hash));
        }
        forgetLogins();
    }

    /**
     * Creates the user, or changes its roles, enabled flag (and password, when one is given), as
     * {@link #save(UserAccount)} does, recorded in the audit log (never the password).
     */
    @Transactional
    public void save(UserAccount account, String actor) {
        var violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(java.util.stream.Collectors.joining("; ")));
        }
        boolean existed = exists(account.username());
        save(account);
        audit.record(actor, existed ? "user.change" : "user.add", account.username(), Audit.detail("roles", account.roles(),
                "enabled", account.enabled(), "passwordChanged", account.password() != null));
    }

    /** Removes the user as {@link #delete(String)} does, recorded in the audit log. */
    @Transactional
    public void delete(String username, String actor) {
        delete(username);
        audit.record(actor, "user.delete", username, Audit.detail("username", username));
    }

    /** Removes the user; the last enabled administrator cannot be removed. */
    @Transactional
    public void delete(String username) {
        requireAnotherAdmin(username);
        users.deleteUser(username);
        forgetLogins();
    }

    /**
     * Forgets the remembered logins now and again once the change is committed, so that no request
     * between the two can keep an old password, role or account alive.
     */
    private void forgetLogins() {
        logins.forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    logins.forgetAll();
                }
            });
        }
    }

    private void requireAnotherAdmin(String username) {
        Integer otherAdmins = jdbc.queryForObject("""
                select count(*) from users u join authorities a on a.username = u.username
                where a.authority = 'ROLE_ADMIN' and u.enabled = true and u.username <> ?""", Integer.class, username);
        boolean isAdmin = users.userExists(username) && users.loadUserByUsername(username).getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
        if (isAdmin && (otherAdmins == null || otherAdmins == 0)) {
            throw new LastAdminException(username);
        }
    }

    private static UserDetails details(UserAccount account, String hash) {
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return User.withUsername(account.username()).password(hash).authorities(authorities)
                .disabled(!account.enabled()).build();
    }
}
