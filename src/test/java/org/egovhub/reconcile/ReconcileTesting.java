package org.egovhub.reconcile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.egovhub.reconcile.alerting.AlertGateway;
import org.egovhub.reconcile.alerting.QuarterAlerts;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.store.ImportSummary;

/** Public door to the test fixture for tests in the subpackages. */
public final class ReconcileTesting {

    private final ReconcileFixture fixture;
    private final Path dir;

    private ReconcileTesting(ReconcileFixture fixture, Path dir) {
        this.fixture = fixture;
        this.dir = dir;
    }

    /** A fresh database holding the imported {@link Scenario} ledgers. */
    public static ReconcileTesting scenario(DataSource database, Path dir) throws Exception {
        ReconcileFixture fixture = ReconcileFixture.on(database);
        fixture.imports.importFile(Side.ACTUAL, LedgerFiles.csv(dir.resolve("actual.csv"), TextEncodingCharsets.GBK, false,
                Scenario.actual(Scenario::slashed)), "file", "actual.csv");
        fixture.imports.importFile(Side.ONLINE, LedgerFiles.xlsx(dir.resolve("online.xlsx"), Scenario.online(LedgerFiles.DateCell::new)),
                "file", "online.xlsx");
        return new ReconcileTesting(fixture, dir);
    }

    public static DataSource h2() {
        return ReconcileFixture.h2();
    }

    public static DataSource postgres(String purpose) {
        return ReconcileFixture.postgres(purpose);
    }

    public QuarterRuns runs() {
        return fixture.runs;
    }

    public QuarterAlerts alerts(AlertGateway gateway, String node) {
        return fixture.alerts(gateway, node);
    }

    public ImportSummary importCsv(Side side, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return fixture.imports.importFile(side, file, "file", name);
    }

    /** The rows under the header of a sheet of an XLSX file; case sheets as (department, name, case number, applicant). */
    public static List<List<String>> rows(byte[] xlsx, String sheet) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            return sheet(workbook.getSheet(sheet)).stream().skip(1)
                    .map(r -> r.size() > 5 && sheet.contains("办件") ? List.of(r.get(0), r.get(1), r.get(2), r.get(5)) : r.subList(0, 4)).toList();
        }
    }

    public static List<List<String>> sheet(Sheet sheet) {
        return XlsxAssert.rows(sheet);
    }

    /** The scenario's ledgers written to files, for tests that import them themselves. */
    public static Path actualGbk(Path dir) throws Exception {
        return LedgerFiles.csv(dir.resolve("actual.csv"), TextEncodingCharsets.GBK, false, Scenario.actual(Scenario::slashed));
    }

    public static Path onlineXlsx(Path dir) throws Exception {
        return LedgerFiles.xlsx(dir.resolve("online.xlsx"), Scenario.online(LedgerFiles.DateCell::new));
    }
}
