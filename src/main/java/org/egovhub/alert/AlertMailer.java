package org.egovhub.alert;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.egovhub.platform.privacy.Masking;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Mails one alert; a failure propagates so the route redelivers and finally dead-letters it. */
@Component("alertMailer")
public class AlertMailer {

    private final JavaMailSender sender;
    private final AlertProperties properties;

    AlertMailer(JavaMailSender sender, AlertProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public void send(Alert alert) throws MessagingException {
        List<String> to = alert.to().isEmpty() ? properties.administrators() : alert.to();
        if (to.isEmpty()) {
            throw new IllegalStateException("Alert " + alert.key() + " has no recipient and hub.alert.administrators is empty");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(Masking.mask(alert.subject()));
        helper.setText(Masking.mask(alert.body()), false);
        sender.send(message);
    }
}
