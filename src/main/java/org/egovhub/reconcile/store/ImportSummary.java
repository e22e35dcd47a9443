package org.egovhub.reconcile.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.Side;

/**
 * What one import did.
 *
 * @param id the import's id
 * @param status {@code done} or {@code failed}
 * @param failure why a failed import could not use its file, else {@code null}
 * @param read data rows read (blank rows and rows above the header row not counted)
 * @param imported new cases stored
 * @param duplicates rows that repeat a case of the same file or one stored before (counted once)
 * @param rejected rows that could not be used
 * @param quarters the quarters of the rows read, in order
 */
public record ImportSummary(long id, Side side, String source, String name, OffsetDateTime startedAt, String status,
        String failure, int read, int imported, int duplicates, int rejected, List<Quarter> quarters) {

    public ImportSummary {
        quarters = quarters == null ? List.of() : List.copyOf(quarters);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
