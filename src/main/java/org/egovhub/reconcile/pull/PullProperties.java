package org.egovhub.reconcile.pull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.egovhub.reconcile.ingest.Field;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The exchange-database pull, under {@code hub.reconcile.pull.}: one source per side.
 *
 * @param interval how often enabled sources are read
 */
@Validated
@ConfigurationProperties(prefix = "hub.reconcile.pull", ignoreUnknownFields = false)
public record PullProperties(@DefaultValue("15m") Duration interval, @Valid @DefaultValue Source online, @Valid @DefaultValue Source actual) {

    /** An SQL identifier (optionally schema-qualified); names from here are put into SQL, so nothing else passes. */
    static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?";

    /**
     * One side's exchange table.
     *
     * @param url JDBC URL of the exchange database
     * @param table the table (or view) to read
     * @param watermarkColumn an increasing column (update time or serial); rows with a larger value than the last pull are new
     * @param columns the table's column for each field, e.g. {@code case-number: BJBH}
     * @param batchSize most rows per import
     */
    public record Source(@DefaultValue("false") boolean enabled, String url, String username, String password,
            @Pattern(regexp = IDENTIFIER) String table, @Pattern(regexp = IDENTIFIER) String watermarkColumn,
            @DefaultValue Map<Field, @Pattern(regexp = IDENTIFIER) String> columns,
            @Min(1) @Max(1_000_000) @DefaultValue("50000") int batchSize) {

        public Source {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
            if (enabled && (url == null || table == null || watermarkColumn == null || columns.isEmpty())) {
                throw new IllegalArgumentException("an enabled pull needs url, table, watermark-column and columns");
            }
        }

        /** No password in logs. */
        @Override
        public String toString() {
            return "Source[enabled=" + enabled + ", url=" + url + ", username=" + username + ", table=" + table + "]";
        }
    }
}
