package org.egovhub.reconcile.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a quarter: rewrites its outcome (missing, late and online-only cases) and its figures (every department of the list, also those
 * without cases) in one transaction, and the consecutive-flagged count of the quarters after it.
 * Runs of the same quarter on several hubs sharing the database take turns on the quarter's row of
 * {@code reconcile_quarter_run}. Rerunning a quarter after more imports updates its figures.
 */
public class QuarterRuns {

    private static final Logger log = LoggerFactory.getLogger(QuarterRuns.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final FiguresStore store;
    private final Departments departments;
    private final MatchingProperties settings;
    private final Clock clock;
    private final String node;
    private final QuarterMatcher matcher;

    public QuarterRuns(JdbcTemplate jdbc, TransactionTemplate transaction, FiguresStore store, Departments departments,
            MatchingProperties settings, Clock clock, String node) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.departments = departments;
        this.settings = settings;
        this.clock = clock;
        this.node = node;
        this.matcher = new QuarterMatcher(jdbc);
    }

    /** Matches the quarter and stores its figures; returns them. */
    public QuarterFigures run(Quarter quarter) {
        long started = System.nanoTime();
        QuarterFigures figures = transaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            lock(quarter, now);
            matcher.match(quarter, settings);
            List<DepartmentFigures> rows = count(quarter);
            store.replace(quarter, rows, now);
            recountFlaggedQuarters(quarter);
            return figures(quarter).orElseThrow();
        });
        log.info("Reconciled {}: {} departments, {} flagged, in {} ms", quarter, figures.departments().size(),
                figures.flagged().size(), (System.nanoTime() - started) / 1_000_000);
        return figures;
    }

    private void lock(Quarter quarter, OffsetDateTime now) {
        jdbc.update("insert into reconcile_quarter_run (quarter, run_at, run_by) values (?, ?, ?) on conflict do nothing",
                quarter.toString(), now, node);
        jdbc.queryForList("select quarter from reconcile_quarter_run where quarter = ? for update", String.class, quarter.toString());
        jdbc.update("update reconcile_quarter_run set run_at = ?, run_by = ? where quarter = ?", now, node, quarter.toString());
    }

    private List<DepartmentFigures> count(Quarter quarter) {
        String q = quarter.toString();
        Map<String, Integer> actual = counts("select department, count(*) from reconcile_actual_case where quarter = ? group by department", q);
        Map<String, Integer> online = counts("select department, count(*) from reconcile_online_case where quarter = ? group by department", q);
        Map<String, Integer> missing = counts("select department, count(*) from reconcile_outcome where quarter = ?"
                + " and kind = 'missing' group by department", q);
        Map<String, Integer> late = counts("select department, count(*) from reconcile_outcome where quarter = ?"
                + " and kind = 'late' group by department", q);
        Map<String, Integer> previous = new HashMap<>();
        store.quarter(quarter.previous(), List.of()).ifPresent(p -> p.departments()
                .forEach(d -> previous.put(d.code(), d.flaggedQuarters())));
        return departments.all().stream().map(d -> {
            int actualCases = actual.getOrDefault(d.code(), 0);
            DepartmentFigures figures = DepartmentFigures.of(d.code(), d.name(), actualCases, online.getOrDefault(d.code(), 0),
                    actualCases - missing.getOrDefault(d.code(), 0), late.getOrDefault(d.code(), 0));
            return figures.withFlaggedQuarters(figures.flagged() ? previous.getOrDefault(d.code(), 0) + 1 : 0);
        }).toList();
    }

    private Map<String, Integer> counts(String sql, String quarter) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, quarter);
        return counts;
    }

    /** Quarters after a rerun one carry on (or break) its run of flagged quarters. */
    private void recountFlaggedQuarters(Quarter from) {
        Quarter previous = from;
        for (Quarter later : store.quarters()) {
            if (later.compareTo(from) <= 0) {
                continue;
            }
            Map<String, Integer> before = new HashMap<>();
            if (later.previous().equals(previous)) {
                store.quarter(previous, List.of()).ifPresent(p -> p.departments().forEach(d -> before.put(d.code(), d.flaggedQuarters())));
            }
            for (DepartmentFigures d : store.quarter(later, List.of()).orElseThrow().departments()) {
                int count = d.flagged() ? before.getOrDefault(d.code(), 0) + 1 : 0;
                if (count != d.flaggedQuarters()) {
                    store.updateFlaggedQuarters(later, d.code(), count);
                }
            }
            previous = later;
        }
    }

    /** The stored figures of a quarter with the departments' names, in the order of the department list. */
    public Optional<QuarterFigures> figures(Quarter quarter) {
        List<String> order = departments.all().stream().map(Department::code).toList();
        return store.quarter(quarter, order).map(f -> new QuarterFigures(f.quarter(), f.computedAt(),
                f.departments().stream().map(d -> d.withName(departments.byCode(d.code()).map(Department::name).orElse(d.code())))
                        .toList()));
    }

    /** Quarters that have figures, oldest first. */
    public List<Quarter> quarters() {
        return store.quarters();
    }

    /** A department's figures for up to four quarters ending with {@code last}, oldest first, with its name. */
    public List<FiguresStore.Row> trend(String department, Quarter last) {
        String name = departments.byCode(department).map(Department::name).orElse(department);
        return store.history(department, last, 4).stream()
                .map(r -> new FiguresStore.Row(r.quarter(), r.figures().withName(name), r.computedAt())).toList();
    }
}
