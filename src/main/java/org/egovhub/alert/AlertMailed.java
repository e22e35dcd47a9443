package org.egovhub.alert;

import java.time.OffsetDateTime;

/**
 * Published by the mail stage once an alert has been handed to the SMTP server.
 *
 * @param at when it was mailed
 * @param key the alert's key
 * @param subject its subject, as mailed (not masked)
 * @param recipients how many people received it (to and cc)
 */
public record AlertMailed(OffsetDateTime at, String key, String subject, int recipients) {
}
