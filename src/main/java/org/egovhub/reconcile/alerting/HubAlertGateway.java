package org.egovhub.reconcile.alerting;

import org.egovhub.alert.Alert;
import org.egovhub.alert.Alerts;
import org.springframework.stereotype.Component;

/**
 * Queues reconciliation mails on the hub's {@code alert.mail} queue through {@link Alerts}.
 * <b>Limitation:</b> {@link Alert} carries no attachments yet, so the XLSX case lists are not
 * attached; the body says where the full lists are. Attachments need {@code Alert} to carry them.
 */
@Component
class HubAlertGateway implements AlertGateway {

    private final Alerts alerts;

    HubAlertGateway(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void queue(AlertMail mail) {
        if (!alerts.raise(new Alert(mail.key(), mail.to(), mail.cc(), mail.subject(), mail.body(),
                mail.attachments().stream().map(a -> new Alert.Attachment(a.name(), a.contentType(), a.content())).toList()))) {
            throw new IllegalStateException("alert " + mail.key() + " was dropped by the alert channel's quiet period");
        }
    }
}
