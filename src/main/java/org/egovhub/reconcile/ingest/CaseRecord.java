package org.egovhub.reconcile.ingest;

import java.time.LocalDateTime;
import org.egovhub.reconcile.Quarter;

/**
 * One case as read from a ledger row. The applicant is here only as a hash (to match on) and a masked
 * form (to show); times are Shanghai wall-clock.
 *
 * @param rowNumber the row it came from (0 for rows that came from a table, not a file)
 * @param rowKey what makes two rows the same case: {@link #numberedKey its case number}, else a hash of
 *     department, item code, applicant and acceptance time
 * @param quarter the quarter of its acceptance time
 * @param department the department's code
 * @param caseNumber 办件编号, or {@code null}
 * @param itemCode 事项编码, or {@code null}
 * @param itemName 事项名称, or {@code null}
 * @param applicantKey hash of the normalised applicant, or {@code null}
 * @param applicantMasked the applicant masked for display, or {@code null}
 * @param acceptedAt 受理时间
 * @param finishedAt 办结时间, or {@code null}
 * @param enteredAt 录入时间 (online side), or {@code null}
 */
public record CaseRecord(int rowNumber, String rowKey, Quarter quarter, String department, String caseNumber,
        String itemCode, String itemName, String applicantKey, String applicantMasked, LocalDateTime acceptedAt,
        LocalDateTime finishedAt, LocalDateTime enteredAt) {

    /** The row key of a case that has a number; unique per side, so the key to look the case up by. */
    public static String numberedKey(String caseNumber) {
        return "N" + caseNumber;
    }

    /** Masked view for logs: no applicant. */
    @Override
    public String toString() {
        return "CaseRecord[row " + rowNumber + ", " + department + ", " + quarter + ", case " + caseNumber + ", item "
                + itemCode + ", applicant " + applicantMasked + ", accepted " + acceptedAt + "]";
    }
}
