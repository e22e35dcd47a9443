package org.egovhub.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * One message to people. An empty recipient list means the configured administrators.
 *
 * @param key what the alert is about, stable across repeats (e.g. {@code repost.source.gov-yaowen.failing});
 *     used to send the same alert at most once per quiet period
 * @param to the recipients
 * @param cc who receives a copy (a department's alert copied to the leaders, say)
 * @param subject the subject line, in Chinese as its readers read it
 * @param body the plain-text body
 * @param attachments files sent with it (an XLSX of the cases, say)
 */
public record Alert(@NotBlank String key, List<String> to, List<String> cc, @NotBlank String subject, @NotEmpty String body,
        List<Attachment> attachments) {

    /** A file sent with an alert. */
    public record Attachment(@NotBlank String name, @NotBlank String contentType, byte[] content) {
    }

    public Alert {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An alert to the given recipients, without copies or attachments. */
    public Alert(String key, List<String> to, String subject, String body) {
        this(key, to, List.of(), subject, body, List.of());
    }

    /** An alert for the configured administrators. */
    public static Alert toAdministrators(String key, String subject, String body) {
        return new Alert(key, List.of(), List.of(), subject, body, List.of());
    }
}
