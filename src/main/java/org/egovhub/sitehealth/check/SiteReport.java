package org.egovhub.sitehealth.check;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One run's result, the content of {@code report.json}.
 *
 * @param root the site's homepage
 * @param ranAt when the run started
 * @param verdict {@code pass} (合格), {@code warn} (预警) or {@code veto} (单项否决 risk): the worst check's status
 * @param checks each check's figure and levels, in a fixed order
 * @param findings what to fix, in report order
 * @param fixFirst the checks to fix first (vetoed, then warned), in Chinese
 * @param notes one clear line for each thing that cut the run short or needed a fallback, in Chinese
 * @param pagesCrawled pages read
 * @param linksChecked distinct links checked
 */
public record SiteReport(String root, OffsetDateTime ranAt, String verdict, List<Check> checks, List<Finding> findings,
        List<String> fixFirst, List<String> notes, int pagesCrawled, int linksChecked) {

    /** The verdict in Chinese. */
    public String verdictLabel() {
        return label(verdict);
    }

    /** A status in Chinese. */
    public static String label(String status) {
        return switch (status) {
            case "veto" -> "单项否决风险";
            case "warn" -> "预警";
            default -> "合格";
        };
    }

    /** A check's name in Chinese. */
    public static String checkLabel(String check) {
        return switch (check) {
            case "homepage-stale" -> "首页未更新天数";
            case "stale-columns" -> "栏目未及时更新";
            case "long-stale-columns" -> "栏目长期未更新";
            case "blank-columns" -> "空白栏目";
            case "broken-links" -> "错误链接";
            case "wording" -> "错别字";
            case "unreachable" -> "首页无法访问比例(%)";
            default -> check;
        };
    }

    /** The findings of one kind. */
    public List<Finding> findings(String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).toList();
    }
}
