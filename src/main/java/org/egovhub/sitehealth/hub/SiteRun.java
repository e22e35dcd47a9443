package org.egovhub.sitehealth.hub;

import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.sitehealth.check.Check;

/**
 * One run of the site checks as the API gives it.
 *
 * @param id the run's number
 * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param requestedBy who asked for it ({@code schedule} for the daily crawl)
 * @param failure why a failed run failed
 * @param verdict {@code pass}, {@code warn} or {@code veto} once done
 * @param verdictLabel the verdict in Chinese (合格, 预警, 单项否决风险)
 * @param checks each check's figure and levels, once done
 * @param fixFirst what to fix first, in Chinese, once done
 * @param notes what cut the run short or needed a fallback, in Chinese, once done
 * @param findings how many findings the run has
 * @param newFindings of them, how many the previous done run did not have (all of them on the first run)
 * @param fixedFindings findings of the previous done run this run no longer has
 */
public record SiteRun(long id, String status, OffsetDateTime requestedAt, String requestedBy, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String failure, String root, String verdict, String verdictLabel, Integer pagesCrawled,
        Integer linksChecked, List<Check> checks, List<String> fixFirst, List<String> notes, int findings, int newFindings,
        int fixedFindings) {
}
