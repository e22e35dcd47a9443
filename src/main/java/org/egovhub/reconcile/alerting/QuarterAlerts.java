package org.egovhub.reconcile.alerting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.departments.Leader;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.matching.QuarterFigures;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.report.ReportData;
import org.egovhub.reconcile.report.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the alerts of a run quarter: one per flagged department (to its head, and to the leaders
 * from {@code escalateAfter} flagged quarters in a row) and the district summary to the leaders.
 * Each alert is claimed with a row of {@code reconcile_alert} (unique on quarter, department, kind
 * and resend number) in the same transaction that queues it: whoever inserts the row sends, anyone
 * else (a rerun, another hub) skips it; a failed queue rolls the claim back.
 */
public class QuarterAlerts {

    static final String DEPARTMENT = "department";
    static final String SUMMARY = "summary";
    private static final Logger log = LoggerFactory.getLogger(QuarterAlerts.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final QuarterRuns runs;
    private final Reports reports;
    private final Departments departments;
    private final AlertGateway gateway;
    private final AlertingProperties settings;
    private final Clock clock;
    private final String node;

    public QuarterAlerts(JdbcTemplate jdbc, TransactionTemplate transaction, QuarterRuns runs, Reports reports,
            Departments departments, AlertGateway gateway, AlertingProperties settings, Clock clock, String node) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.runs = runs;
        this.reports = reports;
        this.departments = departments;
        this.gateway = gateway;
        this.settings = settings;
        this.clock = clock;
        this.node = node;
    }

    /** Sends the quarter's alerts not sent yet; {@code resend} sends them all once more. Returns what this call sent. */
    public List<AlertSend> send(QuarterFigures figures, boolean resend) {
        List<AlertSend> sent = new ArrayList<>();
        for (DepartmentFigures d : figures.flagged()) {
            Department department = departments.byCode(d.code()).orElse(null);
            if (department != null) {
                departmentAlert(figures.quarter(), department, d, resend).ifPresent(sent::add);
            }
        }
        if (!departments.leaders().isEmpty()) {
            summaryAlert(figures, resend).ifPresent(sent::add);
        }
        return sent;
    }

    /**
     * Sends one alert of a run quarter once more: a flagged department's ({@code department} its
     * code) or, for {@code *}, the district summary. Empty when there is no such alert to send (a
     * department not flagged or unknown, no leaders for the summary).
     */
    public java.util.Optional<AlertSend> resendOne(QuarterFigures figures, String department) {
        if ("*".equals(department)) {
            return departments.leaders().isEmpty() ? java.util.Optional.empty() : summaryAlert(figures, true);
        }
        return figures.flagged().stream().filter(d -> d.code().equals(department)).findFirst()
                .flatMap(d -> departments.byCode(d.code()).flatMap(found -> departmentAlert(figures.quarter(), found, d, true)));
    }

    private java.util.Optional<AlertSend> departmentAlert(Quarter quarter, Department department, DepartmentFigures d, boolean resend) {
        boolean escalated = d.flaggedQuarters() >= settings.escalateAfter();
        List<String> to = List.of(department.email());
        // From escalateAfter flagged quarters in a row the leaders get a copy (抄送).
        List<String> cc = escalated ? departments.leaders().stream().map(Leader::email)
                .filter(email -> !email.equals(department.email())).distinct().toList() : List.of();
        String subject = AlertMails.departmentSubject(quarter, d, escalated);
        return claimAndQueue(quarter, d.code(), DEPARTMENT, resend, to, cc, subject, number -> {
            String name = quarter + "-" + d.code() + "-未上网及超期办件.xlsx";
            String lists = "/api/reconcile/quarters/" + quarter + "/departments/" + d.code() + "/cases?kind=missing 与 kind=late";
            String where = "见附件 " + name + "（亦可在平台查询：" + lists + "）";
            return new AlertMail(key(quarter, d.code(), DEPARTMENT, number), to, cc, subject,
                    AlertMails.departmentBody(quarter, department, d, runs.trend(d.code(), quarter), escalated, where),
                    List.of(new AlertMail.Attachment(name, AlertMail.Attachment.XLSX, xlsx(out -> reports.departmentXlsx(quarter, d.code(), out)))));
        });
    }

    private java.util.Optional<AlertSend> summaryAlert(QuarterFigures figures, boolean resend) {
        List<String> to = departments.leaders().stream().map(Leader::email).distinct().toList();
        String subject = AlertMails.summarySubject(figures);
        return claimAndQueue(figures.quarter(), "*", SUMMARY, resend, to, List.of(), subject, number -> {
            String name = figures.quarter() + "-全区网上办件核对.xlsx";
            return new AlertMail(key(figures.quarter(), "all", SUMMARY, number), to, List.of(), subject,
                    AlertMails.summaryBody(figures, "见附件 " + name + "（亦可在平台下载：/api/reconcile/quarters/" + figures.quarter()
                            + "/report.xlsx）"),
                    List.of(new AlertMail.Attachment(name, AlertMail.Attachment.XLSX,
                            xlsx(out -> reports.tableXlsx(new ReportData(figures, List.of()), out)))));
        });
    }

    private java.util.Optional<AlertSend> claimAndQueue(Quarter quarter, String department, String kind, boolean resend,
            List<String> to, List<String> cc, String subject, java.util.function.IntFunction<AlertMail> mail) {
        return transaction.execute(status -> {
            int number = resend ? nextResend(quarter, department, kind) : 0;
            OffsetDateTime now = OffsetDateTime.now(clock);
            int claimed = jdbc.update("insert into reconcile_alert (quarter, department, kind, resend_no, recipients, subject,"
                    + " claimed_by, claimed_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    quarter.toString(), department, kind, number, String.join(",", recipients(to, cc)), subject, node, now);
            if (claimed == 0) {
                return java.util.Optional.<AlertSend>empty();
            }
            gateway.queue(mail.apply(number));
            jdbc.update("update reconcile_alert set queued_at = ? where quarter = ? and department = ? and kind = ? and resend_no = ?",
                    now, quarter.toString(), department, kind, number);
            log.info("Alert {} {} of {} queued for {} recipients", kind, department, quarter, to.size() + cc.size());
            return java.util.Optional.of(new AlertSend(quarter.toString(), department, kind, number, recipients(to, cc), subject, node,
                    now, now));
        });
    }

    /** Who receives the mail, copies included, as recorded with the send. */
    private static List<String> recipients(List<String> to, List<String> cc) {
        Set<String> all = new LinkedHashSet<>(to);
        all.addAll(cc);
        return List.copyOf(all);
    }

    private int nextResend(Quarter quarter, String department, String kind) {
        Integer next = jdbc.queryForObject("select coalesce(max(resend_no), 0) + 1 from reconcile_alert where quarter = ?"
                + " and department = ? and kind = ?", Integer.class, quarter.toString(), department, kind);
        return next == null ? 1 : next;
    }

    /** Every recorded send of a quarter, in order. */
    public List<AlertSend> sends(Quarter quarter) {
        return jdbc.query("select quarter, department, kind, resend_no, recipients, subject, claimed_by, claimed_at, queued_at"
                + " from reconcile_alert where quarter = ? order by id", (rs, n) -> new AlertSend(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), Arrays.asList(rs.getString(5).split(",")), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)), quarter.toString());
    }

    static String key(Quarter quarter, String department, String kind, int number) {
        return "reconcile." + quarter + "." + department + "." + kind + "." + number;
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] xlsx(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
