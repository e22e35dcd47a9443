package org.egovhub.reconcile.matching;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.egovhub.reconcile.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored figures of each department and quarter. */
public class FiguresStore {

    private static final String COLUMNS = "quarter, department, actual, online, matched, missing, late, online_only,"
            + " online_rate, sync_rate, flagged, flagged_quarters, computed_at";

    private final JdbcTemplate jdbc;

    public FiguresStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the figures of a quarter. */
    void replace(Quarter quarter, List<DepartmentFigures> departments, OffsetDateTime at) {
        jdbc.update("delete from reconcile_figures where quarter = ?", quarter.toString());
        jdbc.batchUpdate("insert into reconcile_figures (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                departments.stream().map(d -> new Object[] {quarter.toString(), d.code(), d.actual(), d.online(), d.matched(),
                    d.missing(), d.late(), d.onlineOnly(), d.onlineRate(), d.syncRate(), d.flagged(), d.flaggedQuarters(), at})
                        .toList(),
                new int[] {java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.INTEGER, java.sql.Types.INTEGER,
                    java.sql.Types.INTEGER, java.sql.Types.INTEGER, java.sql.Types.INTEGER, java.sql.Types.INTEGER,
                    java.sql.Types.NUMERIC, java.sql.Types.NUMERIC, java.sql.Types.BOOLEAN, java.sql.Types.INTEGER,
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE});
    }

    void updateFlaggedQuarters(Quarter quarter, String department, int flaggedQuarters) {
        jdbc.update("update reconcile_figures set flagged_quarters = ? where quarter = ? and department = ?",
                flaggedQuarters, quarter.toString(), department);
    }

    /** The quarters that have figures, oldest first. */
    public List<Quarter> quarters() {
        return jdbc.queryForList("select distinct quarter from reconcile_figures order by quarter", String.class)
                .stream().map(Quarter::parse).toList();
    }

    /**
     * The stored figures of a quarter, in the order of {@code order} (department codes); departments
     * stored but no longer in {@code order} come last.
     */
    public Optional<QuarterFigures> quarter(Quarter quarter, List<String> order) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from reconcile_figures where quarter = ?", FiguresStore::row,
                quarter.toString());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<DepartmentFigures> departments = new ArrayList<>(rows.stream().map(Row::figures).toList());
        departments.sort(java.util.Comparator.comparingInt((DepartmentFigures d) -> {
            int index = order.indexOf(d.code());
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(DepartmentFigures::code));
        return Optional.of(new QuarterFigures(quarter, rows.get(0).computedAt(), departments));
    }

    /** A department's figures over the quarters up to {@code last}, oldest first (at most {@code count}). */
    public List<Row> history(String department, Quarter last, int count) {
        List<Row> rows = new ArrayList<>(jdbc.query("select " + COLUMNS + " from reconcile_figures where department = ?"
                + " and quarter <= ? order by quarter desc", FiguresStore::row, department, last.toString()));
        List<Row> recent = new ArrayList<>(rows.subList(0, Math.min(count, rows.size())));
        java.util.Collections.reverse(recent);
        return recent;
    }

    /** Stored figures of one department in one quarter, for the trend. */
    public record Row(Quarter quarter, DepartmentFigures figures, OffsetDateTime computedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        // Names are not stored: the department list gives them when shown.
        DepartmentFigures figures = new DepartmentFigures(rs.getString("department"), rs.getString("department"),
                rs.getInt("actual"), rs.getInt("online"), rs.getInt("matched"), rs.getInt("missing"), rs.getInt("late"),
                rs.getInt("online_only"), scaled(rs.getBigDecimal("online_rate")), scaled(rs.getBigDecimal("sync_rate")),
                rs.getBoolean("flagged"), rs.getInt("flagged_quarters"));
        return new Row(Quarter.parse(rs.getString("quarter")), figures, rs.getObject("computed_at", OffsetDateTime.class));
    }

    private static BigDecimal scaled(BigDecimal rate) {
        return rate == null ? null : rate.setScale(4, java.math.RoundingMode.DOWN);
    }
}
