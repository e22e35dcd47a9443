package org.egovhub.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * One message to people. An empty recipient list means the configured administrators.
 *
 * @param key what the alert is about, stable across repeats (e.g. {@code repost.source.gov-yaowen.failing});
 *     used to send the same alert at most once per quiet period
 */
public record Alert(@NotBlank String key, List<String> to, @NotBlank String subject, @NotEmpty String body) {

    public Alert {
        to = to == null ? List.of() : List.copyOf(to);
    }

    /** An alert for the configured administrators. */
    public static Alert toAdministrators(String key, String subject, String body) {
        return new Alert(key, List.of(), subject, body);
    }
}
