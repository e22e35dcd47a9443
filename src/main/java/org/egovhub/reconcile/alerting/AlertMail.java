package org.egovhub.reconcile.alerting;

import java.util.List;

/**
 * One alert mail as reconciliation composes it.
 *
 * @param key stable id of the alert, e.g. {@code reconcile.2018Q1.D2.department.0}
 * @param attachments files to attach (the case lists)
 */
public record AlertMail(String key, List<String> to, List<String> cc, String subject, String body, List<Attachment> attachments) {

    public AlertMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    /** A file attached to a mail. */
    public record Attachment(String name, String contentType, byte[] content) {

        public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
