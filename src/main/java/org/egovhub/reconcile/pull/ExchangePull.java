package org.egovhub.reconcile.pull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.egovhub.reconcile.ingest.Field;
import org.egovhub.reconcile.ingest.LedgerParser;
import org.egovhub.reconcile.ingest.Rejection;
import org.egovhub.reconcile.store.ImportSummary;
import org.egovhub.reconcile.store.LedgerImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads new rows of each enabled side's exchange table: {@code where <watermark> > ? order by <watermark>},
 * at most a batch; a full batch leaves out its rows of the last watermark value (they come with the
 * next pull, so rows sharing a value are never split). Each batch is one import; then the watermark
 * moves to the batch's last value. A crash in between reads the batch again, and its rows are duplicates.
 */
public class ExchangePull {

    private static final Logger log = LoggerFactory.getLogger(ExchangePull.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final PullProperties settings;
    private final LedgerParser parser;
    private final LedgerImports imports;
    private final JdbcTemplate hub;
    private final Clock clock;

    public ExchangePull(PullProperties settings, LedgerParser parser, LedgerImports imports, JdbcTemplate hub, Clock clock) {
        this.settings = settings;
        this.parser = parser;
        this.imports = imports;
        this.hub = hub;
        this.clock = clock;
    }

    /** Pulls every enabled side until no new rows are left; returns the imports. */
    public List<ImportSummary> pullAll() {
        List<ImportSummary> done = new ArrayList<>();
        for (Side side : Side.values()) {
            PullProperties.Source source = side == Side.ONLINE ? settings.online() : settings.actual();
            if (source.enabled()) {
                Optional<ImportSummary> batch;
                while ((batch = pullBatch(side, source)).isPresent()) {
                    done.add(batch.get());
                }
            }
        }
        return done;
    }

    Optional<ImportSummary> pullBatch(Side side, PullProperties.Source source) {
        Optional<String> watermark = watermark(side);
        List<Map<Field, String>> rows = new ArrayList<>();
        List<Object> marks = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(source.url(), source.username(), source.password());
                PreparedStatement select = connection.prepareStatement(sql(source, watermark.isPresent()))) {
            select.setMaxRows(source.batchSize());
            if (watermark.isPresent()) {
                select.setObject(1, watermarkValue(watermark.get()));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Map<Field, String> row = new EnumMap<>(Field.class);
                    int i = 1;
                    for (Field field : source.columns().keySet().stream().sorted().toList()) {
                        row.put(field, text(rs.getObject(i++)));
                    }
                    rows.add(row);
                    marks.add(rs.getObject(i));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pull of " + side.key() + " from " + source.table() + " failed: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int keep = rows.size();
        if (rows.size() == source.batchSize()) {
            Object last = marks.get(marks.size() - 1);
            while (keep > 0 && marks.get(keep - 1).equals(last)) {
                keep--;
            }
            keep = keep == 0 ? rows.size() : keep;
        }
        List<CaseRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        LedgerParser.Outcomes outcomes = new LedgerParser.Outcomes() {
            @Override
            public void accepted(CaseRecord record) {
                records.add(record);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejections.add(rejection);
            }
        };
        for (int i = 0; i < keep; i++) {
            parser.parseValues(side, i + 1, rows.get(i), outcomes);
        }
        ImportSummary summary = imports.importRecords(side, "pull", source.table(), records.iterator(), rejections.iterator());
        saveWatermark(side, marks.get(keep - 1));
        log.info("Pulled {} rows of {} from {}", keep, side.key(), source.table());
        return Optional.of(summary);
    }

    private static String sql(PullProperties.Source source, boolean after) {
        StringBuilder sql = new StringBuilder("select ");
        for (Field field : source.columns().keySet().stream().sorted().toList()) {
            sql.append(source.columns().get(field)).append(", ");
        }
        sql.append(source.watermarkColumn()).append(" from ").append(source.table());
        if (after) {
            sql.append(" where ").append(source.watermarkColumn()).append(" > ?");
        }
        return sql.append(" order by ").append(source.watermarkColumn()).toString();
    }

    private Optional<String> watermark(Side side) {
        return hub.queryForList("select watermark from reconcile_pull_watermark where side = ?", String.class, side.key()).stream()
                .findFirst();
    }

    private void saveWatermark(Side side, Object value) {
        String text = value instanceof java.sql.Timestamp t ? "T" + t.toLocalDateTime()
                : value instanceof LocalDateTime t ? "T" + t : "N" + value;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (hub.update("update reconcile_pull_watermark set watermark = ?, updated_at = ? where side = ?", text, now, side.key()) == 0) {
            hub.update("insert into reconcile_pull_watermark (side, watermark, updated_at) values (?, ?, ?)", side.key(), text, now);
        }
    }

    /** A stored watermark back as the value to compare with: a timestamp ({@code T...}) or a number ({@code N...}). */
    static Object watermarkValue(String stored) {
        return stored.startsWith("T") ? LocalDateTime.parse(stored.substring(1)) : new java.math.BigDecimal(stored.substring(1));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return TIME.format(t.toLocalDateTime());
        }
        if (value instanceof LocalDateTime t) {
            return TIME.format(t);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }
}
