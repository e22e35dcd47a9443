package org.egovhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class VerifiedLoginsTest {

    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final TestClock clock = TestClock.at("2026-12-02T09:00");
    private final VerifiedLogins logins = logins();

    private VerifiedLogins logins() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                passwordChecks.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        };
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("monitor").password(bcrypt.encode("monitor-password")).roles(Roles.ADMIN).build(),
                User.withUsername("feeder").password(bcrypt.encode("monitor-password")).roles(Roles.INGEST).build());
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(counting);
        return new VerifiedLogins(verifier, clock);
    }

    private Authentication login(String user, String password) {
        return logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void shouldCheckAPasswordOnceWhileTheLoginIsRemembered() {
        Authentication first = login("monitor", "monitor-password");
        Authentication second = login("monitor", "monitor-password");

        assertThat(passwordChecks).hasValue(1);
        assertThat(second.getName()).isEqualTo("monitor");
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(second).isSameAs(first);
    }

    @Test
    void shouldNeverRememberAFailedLogin() {
        assertThatThrownBy(() -> login("monitor", "guess-1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("monitor", "guess-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwordChecks).hasValue(2);

        assertThat(login("monitor", "monitor-password").getName()).isEqualTo("monitor");
        assertThat(passwordChecks).hasValue(3);
    }

    @Test
    void shouldKeepUsersApartThatShareAPassword() {
        assertThat(login("monitor", "monitor-password").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(login("feeder", "monitor-password").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_INGEST");
        assertThat(passwordChecks).hasValue(2);
    }

    @Test
    void shouldCheckAgainAfterFiveMinutes() {
        login("monitor", "monitor-password");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        login("monitor", "monitor-password");
        assertThat(passwordChecks).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        login("monitor", "monitor-password");
        assertThat(passwordChecks).hasValue(2);
    }

    @Test
    void shouldCheckAgainOnceForgotten() {
        login("monitor", "monitor-password");
        logins.forgetAll();
        login("monitor", "monitor-password");
        assertThat(passwordChecks).hasValue(2);
    }
}
