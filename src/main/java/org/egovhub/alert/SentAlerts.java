package org.egovhub.alert;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.egovhub.platform.privacy.Masking;
import org.springframework.stereotype.Component;

/**
 * The alerts mailed most recently (the last {@value #KEPT}, since the hub started), newest first,
 * for the console's home. Subjects are masked; bodies and recipients' addresses are not kept.
 */
@Component
public class SentAlerts {

    static final int KEPT = 20;

    /** One mailed alert: when, its key and subject, how many people received it. */
    public record Sent(OffsetDateTime at, String key, String subject, int recipients) {
    }

    private final Deque<Sent> sent = new ArrayDeque<>();

    synchronized void mailed(Sent alert) {
        sent.addFirst(new Sent(alert.at(), alert.key(), Masking.mask(alert.subject()), alert.recipients()));
        while (sent.size() > KEPT) {
            sent.removeLast();
        }
    }

    /** The latest mailed alerts, newest first. */
    public synchronized List<Sent> recent() {
        return List.copyOf(sent);
    }
}
