package org.egovhub.alert;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import org.apache.camel.Header;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.UpstreamHealth;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.platform.stage.Backoff;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.Outages;
import org.egovhub.platform.stage.StageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The mail stage of {@code alert.mail}: mails one alert. An SMTP server that cannot be reached keeps
 * the alerts waiting on the queue (the outage breaker: one probe per doubling wait, attempts
 * untouched), so an outage delays alerts and loses none; a mail the server refuses (an address it
 * rejects) is dead-lettered as refused; other failures are retried with the backoff, then
 * dead-lettered.
 */
@Component("alertMailer")
public class AlertMailer {

    private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);
    /** The SMTP server's name in {@link UpstreamHealth}. */
    public static final String SMTP = "alert:smtp";

    private final JavaMailSender sender;
    private final AlertProperties properties;
    private final UpstreamHealth health;
    private final Backoff backoff;
    private final Outages outages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertMailer(JavaMailSender sender, AlertProperties properties, UpstreamHealth health, Clock clock, ApplicationEventPublisher events) {
        this.sender = sender;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.health = health;
        this.backoff = new Backoff(properties.maxRedeliveries(), properties.redeliveryDelay(), properties.maxRedeliveryDelay());
        this.outages = new Outages(backoff, clock);
    }

    /** Stage: mails the alert; {@code attempts} counts the earlier failed tries of this message. */
    public StageResult send(Alert alert, @Header(DeadLetterHeaders.DELIVERY_ATTEMPTS) Integer attempts) {
        List<String> to = alert.to().isEmpty() ? properties.administrators() : alert.to();
        if (to.isEmpty()) {
            return StageResult.deadLetter(FailureKind.REFUSED, "Alert " + alert.key() + " has no recipient and hub.alert.administrators is empty");
        }
        if (!outages.mayTry(SMTP)) {
            return StageResult.later(outages.waitWhileDown(), "the SMTP server is unreachable");
        }
        try {
            sender.send(message(alert, to));
        } catch (MailParseException | MailPreparationException e) {
            outages.undecided(SMTP);
            return StageResult.deadLetter(FailureKind.REFUSED, "cannot be mailed: " + e.getMessage());
        } catch (MailException e) {
            return failed(alert, e, attempts == null ? 0 : attempts);
        } catch (MessagingException e) {
            outages.undecided(SMTP);
            return StageResult.deadLetter(FailureKind.REFUSED, "cannot be mailed: " + e.getMessage());
        }
        outages.succeeded(SMTP);
        health.report(SMTP, true, "last alert mailed");
        events.publishEvent(new AlertMailed(java.time.OffsetDateTime.now(clock), alert.key(), alert.subject(),
                to.size() + alert.cc().size()));
        log.info("Alert {} mailed to {} recipient(s)", alert.key(), to.size() + alert.cc().size());
        return StageResult.none();
    }

    private StageResult failed(Alert alert, MailException e, int attempts) {
        String reason = describe(e);
        if (unreachable(e)) {
            outages.failed(SMTP, e);
            health.report(SMTP, false, reason);
            log.warn("Alert {} waits: the SMTP server is unreachable ({})", alert.key(), reason);
            return StageResult.later(outages.waitWhileDown(), reason);
        }
        outages.undecided(SMTP);
        if (refused(e)) {
            return StageResult.deadLetter(FailureKind.REFUSED, reason);
        }
        if (!backoff.mayRetry(attempts + 1)) {
            return StageResult.deadLetter(FailureKind.FAILED, reason);
        }
        return StageResult.retry(backoff.after(attempts + 1), reason);
    }

    private MimeMessage message(Alert alert, List<String> to) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !alert.attachments().isEmpty(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to.toArray(String[]::new));
        if (!alert.cc().isEmpty()) {
            helper.setCc(alert.cc().toArray(String[]::new));
        }
        helper.setSubject(Masking.mask(alert.subject()));
        helper.setText(Masking.mask(alert.body()), false);
        for (Alert.Attachment attachment : alert.attachments()) {
            helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        return message;
    }

    /** The server could not be reached at all: nothing about this alert is wrong. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || (t instanceof MessagingException && String.valueOf(t.getMessage()).startsWith("Couldn't connect"))) {
                return true;
            }
        }
        return false;
    }

    /** The server took the connection but refused an address: sending the same mail again would not help. */
    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SendFailedException) {
                return true;
            }
        }
        return e instanceof org.springframework.mail.MailSendException send && send.getMessageExceptions().length > 0
                && send.getMessageExceptions()[0] instanceof SendFailedException;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Masking.mask(root == e ? e.getMessage() : e.getClass().getSimpleName() + ": " + root.getMessage());
    }
}
