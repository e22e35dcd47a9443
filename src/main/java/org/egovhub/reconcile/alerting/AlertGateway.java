package org.egovhub.reconcile.alerting;

/**
 * Where reconciliation hands its mails: the hub's alert channel. Queuing must be durable when it
 * returns; a failure throws, so that the claim of the alert is rolled back and a later run sends it.
 */
public interface AlertGateway {

    void queue(AlertMail mail);
}
