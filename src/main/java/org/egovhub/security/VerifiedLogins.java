package org.egovhub.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers, for a few minutes, the logins it has just verified, so that an API client or a monitor
 * that sends its user and password with every request (HTTP Basic) pays the bcrypt check (about
 * 70 ms of a core on a quiet machine, ten times that under load) and the two user queries once per
 * {@link #REMEMBERED} instead of on every call. Before, a health probe with credentials took 80 ms
 * instead of 10 ms, and up to 2.9 s on a loaded machine; an ingest client paid the same per batch.
 *
 * <p>What is kept: an HMAC of user and password under a key made at random when the hub starts
 * (never the password, and useless outside this process), mapped to the verified login. A failed
 * login is never remembered, so guessing still pays bcrypt every time. Every change made through
 * {@link UserAccounts} (password, roles, disabled, removed) forgets all logins at once; a change
 * made to the tables by hand takes effect within {@link #REMEMBERED}.
 *
 * <p>Spring Security has no such step: its {@code UserCache} keeps the user row but still runs the
 * password check, which is the cost. Caffeine keeps the entries, on the hub's clock.
 */
public final class VerifiedLogins implements AuthenticationProvider {

    /** How long a verified login is taken without checking its password again. */
    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final AuthenticationProvider verifier;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;

    VerifiedLogins(AuthenticationProvider verifier, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(REMEMBERED)
                .maximumSize(1_000)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        if (!(login instanceof UsernamePasswordAuthenticationToken) || !(login.getCredentials() instanceof String password)) {
            return verifier.authenticate(login);
        }
        String fingerprint = fingerprint(login.getName(), password);
        Authentication known = verified.getIfPresent(fingerprint);
        if (known != null) {
            return known;
        }
        Authentication result = verifier.authenticate(login);
        if (result != null && result.isAuthenticated()) {
            verified.put(fingerprint, result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }

    /** Forgets every remembered login: the next request of each checks its password again. */
    public void forgetAll() {
        verified.invalidateAll();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
