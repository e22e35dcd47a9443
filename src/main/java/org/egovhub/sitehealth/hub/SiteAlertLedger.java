package org.egovhub.sitehealth.hub;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egovhub.sitehealth.check.Finding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which findings were alerted ({@code site_alert}): a finding is alerted once, and again only after
 * a run no longer had it (fixed) and a later one has it again.
 */
@Component
class SiteAlertLedger {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SiteAlertLedger(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Closes the open findings run {@code runId} no longer has ({@code present}: all its finding
     * keys), and claims for the run the {@code alertable} findings that are not open: those the run
     * is to alert. The findings this same run claimed before are claimed again (a redelivered run
     * mails them again rather than losing them).
     */
    List<Finding> claim(long runId, Set<String> present, List<Finding> alertable) {
        return transactions.execute(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Map<String, Object>> open = jdbc.queryForList("select finding_key from site_alert where open");
            for (Map<String, Object> row : open) {
                String key = (String) row.get("finding_key");
                if (!present.contains(key)) {
                    jdbc.update("update site_alert set open = false, fixed_at = ? where finding_key = ?", now, key);
                }
            }
            List<Finding> claimed = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Finding f : alertable) {
                String key = FindingKeys.of(f);
                if (!seen.add(key)) {
                    continue;
                }
                List<Map<String, Object>> rows = jdbc.queryForList("select open, alerted_run_id from site_alert where finding_key = ?", key);
                if (rows.isEmpty()) {
                    jdbc.update("insert into site_alert (finding_key, kind, open, alerted_at, alerted_run_id) values (?, ?, true, ?, ?)",
                            key, f.kind(), now, runId);
                    claimed.add(f);
                } else if (!Boolean.TRUE.equals(rows.get(0).get("open"))) {
                    jdbc.update("update site_alert set open = true, alerted_at = ?, alerted_run_id = ?, fixed_at = null where finding_key = ?",
                            now, runId, key);
                    claimed.add(f);
                } else if (((Number) rows.get(0).get("alerted_run_id")).longValue() == runId) {
                    claimed.add(f);
                }
            }
            return claimed;
        });
    }
}
