package org.egovhub.extranet.journal;

import java.time.LocalDate;

/** A 双公示 record not delivered within its working-day limit: the journal row and the last day it was due. */
public record OverdueRecord(JournalEntry entry, LocalDate deadline) {
}
