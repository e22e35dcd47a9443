package org.egovhub.alert;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.platform.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The alerts mailed, for the console's home: recorded in {@code alert_sent} as the mail stage mails
 * them, the latest {@value #SHOWN} shown newest first, the same on every node and after a restart.
 * Subjects are masked before they are stored; bodies and addresses are not kept. Rows older than
 * {@value #KEPT_DAYS} days go as new ones come in.
 */
@Component
public class SentAlerts {

    private static final Logger log = LoggerFactory.getLogger(SentAlerts.class);
    static final int SHOWN = 20;
    static final int KEPT_DAYS = 366;
    private static final int SUBJECT_LENGTH = 1000;
    private static final int KEY_LENGTH = 300;

    /** One mailed alert: when, its key and (masked) subject, how many people received it. */
    public record Sent(OffsetDateTime at, String key, String subject, int recipients) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SentAlerts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a mailed alert. The mail is out: a database that cannot take the row must not send it
     * again, so a failure here is logged and the alert only misses from the console's list.
     */
    @EventListener
    void mailed(AlertMailed alert) {
        try {
            jdbc.update("insert into alert_sent (sent_at, alert_key, subject, recipients) values (?, ?, ?, ?)", alert.at(),
                    cut(alert.key(), KEY_LENGTH), cut(Masking.mask(alert.subject()), SUBJECT_LENGTH), alert.recipients());
            jdbc.update("delete from alert_sent where sent_at < ?", alert.at().minusDays(KEPT_DAYS));
        } catch (DataAccessException e) {
            log.warn("Alert {} was mailed but is missing from the console's list of sent alerts: {}", alert.key(),
                    Masking.mask(String.valueOf(e.getMostSpecificCause().getMessage())));
        }
    }

    /** The latest mailed alerts, newest first. */
    public List<Sent> recent() {
        return jdbc.query("select sent_at, alert_key, subject, recipients from alert_sent order by sent_at desc, id desc"
                + " limit " + SHOWN, (rs, row) -> new Sent(rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                        .toOffsetDateTime(), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
