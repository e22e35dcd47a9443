package org.egovhub.reconcile.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Header;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.store.ImportIssue;
import org.springframework.stereotype.Component;

/**
 * Imports a file the {@code reconcile-inbox-*} routes picked up and says where it goes: {@code done/}
 * or {@code failed/}, under a name that starts with the time it was taken in (so a file dropped twice
 * keeps both copies), next to {@code <name>.report.csv} listing its rejected and duplicate rows (or
 * why it could not be used). An unexpected failure (the database is down) leaves the file where it
 * is, to be taken again at the next poll.
 */
@Component("reconcileInbox")
class ReconcileInbox {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final ReconcileService service;
    private final Clock clock;

    ReconcileInbox(ReconcileService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Imports the file; returns its target, relative to its folder, e.g. {@code done/20180405-090000-台账.csv}. */
    public String importFile(@Header("CamelFileAbsolutePath") String path, @Header("CamelFileName") String name,
            @Header("reconcileSide") String side) {
        ReconcileService.ImportOutcome outcome = service.importFile(Side.parse(side), Path.of(path), "file", name);
        String folder = outcome.summary().failed() ? "failed" : "done";
        String target = folder + "/" + STAMP.format(LocalDateTime.now(clock)) + "-" + name;
        writeReport(Path.of(path).resolveSibling(target + ".report.csv"), outcome);
        return target;
    }

    private static void writeReport(Path report, ReconcileService.ImportOutcome outcome) {
        StringBuilder text = new StringBuilder("\uFEFF");
        var s = outcome.summary();
        if (s.failed()) {
            text.append("导入失败,").append(csv(s.failure())).append("\r\n");
        } else {
            text.append("导入 #").append(s.id()).append(",读取 ").append(s.read()).append(" 行,新增 ").append(s.imported())
                    .append(" 件,重复 ").append(s.duplicates()).append(" 行,拒收 ").append(s.rejected()).append(" 行\r\n");
            text.append("行号,类型,原因\r\n");
            for (ImportIssue issue : outcome.issues()) {
                text.append(issue.rowNumber()).append(',').append(issue.kind().equals(ImportIssue.REJECTED) ? "拒收" : "重复").append(',')
                        .append(csv(issue.reason())).append("\r\n");
            }
        }
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String text) {
        return "\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
    }
}
