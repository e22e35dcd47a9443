package org.egovhub.reconcile;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.egovhub.reconcile.matching.QuarterFigures;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciling N actual and N online records of one quarter in PostgreSQL (bench/reconcile.sh): import of
 * each generated CSV file, the matching, and, in the same run on the same tables, a bare FULL OUTER JOIN on
 * case number and PostgreSQL's own COPY of the same files; peak heap of each phase.
 *
 * <p>Data: 10 departments; 95 % of actual cases are online (2 % of those entered 10 days late); online
 * also has 5 % records of its own; 10 % of actual records carry no case number (matched by item,
 * applicant and date).
 */
public final class ReconcileBench {

    private ReconcileBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100_000) : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        for (int n : sizes) {
            run(n);
        }
    }

    /** One size, on a fresh database. */
    static void run(int n) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench-reconcile"));
        Path actual = dir.resolve("actual-" + n + ".csv");
        Path online = dir.resolve("online-" + n + ".csv");
        generate(n, actual, online);
        DataSource db = ReconcileFixture.postgres("bench");
        ReconcileFixture hub = ReconcileFixture.on(db);
        JdbcTemplate jdbc = hub.jdbc;
        System.out.printf("%nrecords per side: %,d (files %,d and %,d bytes), load average %.1f%n", n, Files.size(actual),
                Files.size(online), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Phase copyActual = time(() -> copy(db, "bench_copy_actual", actual, false));
        Phase importActual = time(() -> hub.imports.importFile(Side.ACTUAL, actual, "bench", actual.getFileName().toString()));
        Phase copyOnline = time(() -> copy(db, "bench_copy_online", online, true));
        Phase importOnline = time(() -> hub.imports.importFile(Side.ONLINE, online, "bench", online.getFileName().toString()));
        jdbc.execute("analyze");
        Phase joinTable = time(() -> jdbc.execute("create table bench_join as select a.id actual_id, o.id online_id from"
                + " reconcile_actual_case a full outer join reconcile_online_case o on o.case_no = a.case_no"));
        Phase match = time(() -> hub.runs.run(Quarter.parse("2018Q1")));
        Phase joinCount = time(() -> jdbc.queryForObject("select count(*) from reconcile_actual_case a full outer join"
                + " reconcile_online_case o on o.case_no = a.case_no", Long.class));
        Phase rematch = time(() -> hub.runs.run(Quarter.parse("2018Q1")));
        Phase joinTableAgain = time(() -> jdbc.execute("create table bench_join2 as select a.id actual_id, o.id online_id from"
                + " reconcile_actual_case a full outer join reconcile_online_case o on o.case_no = a.case_no"));
        Phase joinTableSameMemory = time(() -> jdbc.execute((java.sql.Connection c) -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("set work_mem = '128MB'");
                s.execute("create table bench_join3 as select a.id actual_id, o.id online_id from reconcile_actual_case a"
                        + " full outer join reconcile_online_case o on o.case_no = a.case_no");
                s.execute("reset work_mem");
            }
            return null;
        }));
        QuarterFigures figures = hub.runs.figures(Quarter.parse("2018Q1")).orElseThrow();

        System.out.printf("%-44s %9s %12s%n", "phase", "seconds", "peak heap MB");
        print("import actual (parse, stage, sort out)", importActual);
        print("import online", importOnline);
        print("PostgreSQL COPY of actual file", copyActual);
        print("PostgreSQL COPY of online file", copyOnline);
        print("matching + figures (first run)", match);
        print("matching + figures (rerun)", rematch);
        print("bare FULL OUTER JOIN, count(*)", joinCount);
        print("bare FULL OUTER JOIN into a table", joinTable);
        print("bare FULL OUTER JOIN into a table, again", joinTableAgain);
        print("bare FULL OUTER JOIN into a table, work_mem 128MB", joinTableSameMemory);
        System.out.printf("import / COPY: actual %.2f, online %.2f (COPY speed / import speed; goal <= 2)%n",
                importActual.seconds / copyActual.seconds, importOnline.seconds / copyOnline.seconds);
        System.out.printf("matching / bare join into a table: %.2f and %.2f (the two runs of each), / count(*): %.2f (goal <= 1.5)%n",
                match.seconds / joinTable.seconds, rematch.seconds / joinTableAgain.seconds, match.seconds / joinCount.seconds);
        System.out.printf("matching / bare join with the matching's work_mem: %.2f%n", match.seconds / joinTableSameMemory.seconds);
        System.out.println("total: " + figures.total());
    }

    record Phase(double seconds, long peakHeapMb) {
    }

    interface Step {
        void run() throws Exception;
    }

    static Phase time(Step step) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Phase(seconds, peak / (1024 * 1024));
    }

    static void print(String name, Phase phase) {
        System.out.printf("%-44s %9.2f %12d%n", name, phase.seconds, phase.peakHeapMb);
    }

    static void copy(DataSource db, String table, Path file, boolean online) throws Exception {
        try (Connection c = db.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.createStatement().execute("create table " + table + " (case_no text, item_code text, item_name text, department text,"
                    + " applicant text, accepted_at text" + (online ? ", entered_at text" : "") + ")");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin (format csv, header)", in);
        }
    }

    static void generate(int n, Path actual, Path online) throws Exception {
        if (Files.exists(actual) && Files.exists(online)) {
            return;
        }
        LocalDateTime start = LocalDateTime.of(2018, 1, 1, 8, 0);
        try (BufferedWriter a = Files.newBufferedWriter(actual); BufferedWriter o = Files.newBufferedWriter(online)) {
            a.write("办件编号,事项编码,事项名称,实施机构,申请人,受理时间\n");
            o.write("办件编号,事项编码,事项名称,实施机构,申请人,受理时间,录入时间\n");
            int onlineRows = 0;
            for (int i = 0; i < n; i++) {
                String number = String.format("430406%010d", i);
                String item = "ITEM" + (i % 200);
                String department = "D" + (i % 5 + 1);
                String applicant = "申请人" + (i * 7919L % 1_000_003);
                LocalDateTime accepted = start.plusSeconds((long) i * 7_776_000L / n);
                String time = accepted.toString().replace('T', ' ');
                a.write((i % 10 == 9 ? "" : number) + "," + item + ",某事项," + department + "," + applicant + "," + time + "\n");
                if (i % 20 != 19 && onlineRows < n) {
                    LocalDateTime entered = i % 50 == 7 ? accepted.plusDays(10) : accepted.plusMinutes(5);
                    o.write(number + "," + item + ",某事项," + department + "," + applicant + "," + time + ","
                            + entered.toString().replace('T', ' ') + "\n");
                    onlineRows++;
                }
            }
            for (int i = 0; onlineRows < n; i++, onlineRows++) {
                LocalDateTime accepted = start.plusSeconds((long) i * 7_776_000L / n);
                o.write(String.format("WS%014d", i) + ",ITEM1,某事项,D" + (i % 5 + 1) + ",网上申请人" + i + ","
                        + accepted.toString().replace('T', ' ') + "," + accepted.toString().replace('T', ' ') + "\n");
            }
        }
    }
}
