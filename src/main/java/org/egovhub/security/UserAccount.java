package org.egovhub.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A user as the admin API takes it. The password is write-only: it is never serialized and never
 * part of {@code toString()}.
 */
public record UserAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Size(min = 8, max = 128) String password,
        @NotEmpty Set<@Pattern(regexp = "ADMIN|REVIEWER|VIEWER|INGEST") String> roles,
        Boolean enabled) {

    public UserAccount {
        enabled = enabled == null || enabled;
    }

    @Override
    public String toString() {
        return "UserAccount[username=" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
