package org.egovhub.reconcile.matching;

import java.time.LocalDateTime;

/**
 * One case of a case list, applicant masked. For a late case, {@code caseNumber} and {@code acceptedAt}
 * are the actual record's, {@code enteredAt} the online record's.
 *
 * @param lateDays for a late case, the days between acceptance and entry online, else {@code null}
 */
public record CaseEntry(String caseNumber, String itemCode, String itemName, String applicant, LocalDateTime acceptedAt,
        LocalDateTime finishedAt, LocalDateTime enteredAt, Integer lateDays) {
}
