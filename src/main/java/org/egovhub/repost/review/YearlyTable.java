package org.egovhub.repost.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly statistics table as the console and its workbook show it: published items by portal
 * level, source and category, with a total per level.
 */
public record YearlyTable(int year, List<Row> rows, Map<String, Long> byLevel, long total) {

    /** One line of the table; {@code level} as stored (CENTRAL, PROVINCIAL, OTHER). */
    public record Row(String level, String source, String category, long items) {

        /** The level in Chinese. */
        public String levelLabel() {
            return YearlyTable.levelLabel(level);
        }
    }

    /** Reads {@code RepostQueries.stats}' answer. */
    @SuppressWarnings("unchecked")
    public static YearlyTable of(Map<String, Object> stats) {
        List<Row> rows = ((List<Map<String, Object>>) stats.get("rows")).stream()
                .map(r -> new Row((String) r.get("level"), (String) r.get("source"), (String) r.get("category"), (Long) r.get("items")))
                .toList();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        rows.forEach(r -> byLevel.merge(r.levelLabel(), r.items(), Long::sum));
        return new YearlyTable((Integer) stats.get("year"), rows, byLevel, rows.stream().mapToLong(Row::items).sum());
    }

    static String levelLabel(String level) {
        return switch (level == null ? "" : level) {
            case "CENTRAL" -> "中央";
            case "PROVINCIAL" -> "省级";
            case "OTHER" -> "其他";
            default -> level;
        };
    }
}
