package org.egovhub.testing;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** What a mail received by GreenMail says: recipients, subject, text, the attachment and its name. */
public final class Mails {

    private Mails() {
    }

    public static String recipient(MimeMessage message) {
        try {
            return String.join(",", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, false).map(p -> {
            try {
                return (String) p.getContent();
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow();
    }

    public static byte[] attachment(MimeMessage message) {
        return part(message, true).map(p -> {
            try (java.io.InputStream in = p.getInputStream()) {
                return in.readAllBytes();
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow(() -> new AssertionError("no attachment"));
    }

    public static String attachmentName(MimeMessage message) {
        return part(message, true).map(p -> {
            try {
                return jakarta.mail.internet.MimeUtility.decodeText(p.getFileName());
            } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow(() -> new AssertionError("no attachment"));
    }

    /** The first text part (or the first attachment) of a mail, however deep its multipart nesting. */
    static java.util.Optional<jakarta.mail.Part> part(jakarta.mail.Part part, boolean attachment) {
        try {
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    java.util.Optional<jakarta.mail.Part> found = part(multipart.getBodyPart(i), attachment);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return java.util.Optional.empty();
            }
            boolean isAttachment = part.getFileName() != null;
            return isAttachment == attachment && (attachment || part.isMimeType("text/plain")) ? java.util.Optional.of(part)
                    : java.util.Optional.empty();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
