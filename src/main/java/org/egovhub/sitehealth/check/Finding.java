package org.egovhub.sitehealth.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing to fix, as {@code report.json} and the API give it; only the fields of its kind are set.
 *
 * @param kind {@code broken-link}, {@code stale-column}, {@code long-stale-column}, {@code blank-column},
 *     {@code homepage-stale}, {@code wording}, {@code unreachable}, or one of the crawl's own:
 *     {@code page-budget}, {@code oversized-page}, {@code undeclared-charset}, {@code column-unreadable}
 * @param url the link, page or probed URL
 * @param page the page that links to {@code url}
 * @param status an HTTP status (a number) or {@code timeout}, {@code connect}, {@code dns}, {@code loop}, {@code soft-404}
 * @param column the column's name
 * @param days calendar days since the newest item
 * @param found the wrong text
 * @param expected its right form
 * @param context the wrong text with the words around it
 * @param serious whether a wording finding is a protected term written wrong
 * @param pages the page budget that stopped the crawl
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String kind, String url, String page, Object status, String column, Integer days, String found,
        String expected, String context, Boolean serious, Integer pages) {

    /** The kinds in the order reports list them. */
    public static final List<String> KINDS = List.of("homepage-stale", "unreachable", "stale-column", "long-stale-column",
            "blank-column", "wording", "broken-link", "page-budget", "oversized-page", "undeclared-charset", "column-unreadable");

    /** Report order: by kind, then column, page, URL and text. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> KINDS.indexOf(f.kind()))
            .thenComparing(f -> Objects.toString(f.column(), ""))
            .thenComparing(f -> Objects.toString(f.page(), ""))
            .thenComparing(f -> Objects.toString(f.url(), ""))
            .thenComparing(f -> Objects.toString(f.found(), ""));

    public static Finding brokenLink(String url, String page, Object status) {
        return new Finding("broken-link", url, page, status, null, null, null, null, null, null, null);
    }

    public static Finding column(String kind, String column, Integer days) {
        return new Finding(kind, null, null, null, column, days, null, null, null, null, null);
    }

    public static Finding homepageStale(int days) {
        return new Finding("homepage-stale", null, null, null, null, days, null, null, null, null, null);
    }

    public static Finding wording(String page, String found, String expected, String context, boolean serious) {
        return new Finding("wording", null, page, null, null, null, found, expected, context, serious, null);
    }

    public static Finding unreachable(String url, Object status) {
        return new Finding("unreachable", url, null, status, null, null, null, null, null, null, null);
    }

    public static Finding page(String kind, String url) {
        return new Finding(kind, url, null, null, null, null, null, null, null, null, null);
    }

    public static Finding columnUnreadable(String column, String url, Object status) {
        return new Finding("column-unreadable", url, null, status, column, null, null, null, null, null, null);
    }

    public static Finding pageBudget(int pages) {
        return new Finding("page-budget", null, null, null, null, null, null, null, null, null, pages);
    }
}
