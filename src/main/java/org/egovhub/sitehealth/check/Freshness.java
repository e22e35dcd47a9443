package org.egovhub.sitehealth.check;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.egovhub.platform.pages.ListDates;
import org.egovhub.platform.pages.PublishDates;
import org.egovhub.platform.time.HubTime;
import org.egovhub.sitehealth.SiteFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How fresh the homepage and the columns are: the newest item date of a list page (read as
 * reposting reads list dates; an undated item from its detail page's metadata), in calendar days to the run date in the hub's zone. A column with
 * no items is blank; older than its kind allows it is stale (news: 14 days; notice, policy: 6
 * months; other: its {@code stale-after}); older than {@code long-stale-after} it is long-stale instead.
 */
public final class Freshness {

    private final Duration otherStaleAfter;
    private final Duration longStaleAfter;

    public Freshness(Duration otherStaleAfter, Duration longStaleAfter) {
        this.otherStaleAfter = otherStaleAfter;
        this.longStaleAfter = longStaleAfter;
    }

    /** How many undated items of one list page have their detail page read for a date, at most. */
    static final int MAX_DETAIL_PAGES = 5;

    /** Reads a detail page; empty when it cannot be read. */
    @FunctionalInterface
    public interface DetailPages {
        Optional<Document> read(String url) throws InterruptedException;
    }

    /** The date of the newest item the list page shows, in the hub's zone. */
    public static Optional<LocalDate> newest(Document page, String itemSelector, LocalDate today) {
        return ListDates.items(page, itemSelector, today).stream().map(ListDates.Item::date).filter(Objects::nonNull)
                .map(d -> d.atZoneSameInstant(HubTime.zone()).toLocalDate()).max(LocalDate::compareTo);
    }

    /**
     * The date of the newest item: list dates first, as reposting reads them; items the list shows
     * without a date (only with an item selector) take their detail page's metadata date
     * ({@link PublishDates#inMetadata}, as reposting reads a detail page), the first
     * {@value #MAX_DETAIL_PAGES} of them in page order.
     */
    public static Optional<LocalDate> newest(Document page, String itemSelector, LocalDate today, DetailPages details)
            throws InterruptedException {
        List<ListDates.Item> items = ListDates.items(page, itemSelector, today);
        List<OffsetDateTime> dates = new ArrayList<>(items.stream().map(ListDates.Item::date).filter(Objects::nonNull).toList());
        List<ListDates.Item> undated = items.stream().filter(i -> i.date() == null).limit(MAX_DETAIL_PAGES).toList();
        for (ListDates.Item item : undated) {
            Optional<Document> detail = details.read(item.url());
            detail.flatMap(d -> PublishDates.inMetadata(meta(d))).ifPresent(dates::add);
        }
        return dates.stream().map(d -> d.atZoneSameInstant(HubTime.zone()).toLocalDate()).max(LocalDate::compareTo);
    }

    private static Map<String, String> meta(Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element tag : page.select("meta[name][content]")) {
            meta.putIfAbsent(tag.attr("name").trim().toLowerCase(Locale.ROOT), tag.attr("content"));
        }
        return meta;
    }

    /** Calendar days from {@code newest} to {@code today}. */
    public static int days(LocalDate newest, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(newest, today);
    }

    /** The finding for a column whose list page is {@code page}; empty when it is fresh. */
    public Optional<Finding> column(SiteFile.Column column, Document page, LocalDate today, DetailPages details)
            throws InterruptedException {
        Optional<LocalDate> newest = newest(page, column.itemSelector(), today, details);
        if (newest.isEmpty()) {
            return Optional.of(Finding.column("blank-column", column.name(), null));
        }
        int days = days(newest.get(), today);
        if (days > longStaleAfter.toDays()) {
            return Optional.of(Finding.column("long-stale-column", column.name(), days));
        }
        return stale(column, newest.get(), today) ? Optional.of(Finding.column("stale-column", column.name(), days)) : Optional.empty();
    }

    private boolean stale(SiteFile.Column column, LocalDate newest, LocalDate today) {
        return switch (column.kind()) {
            case NEWS -> newest.plusWeeks(2).isBefore(today);
            case NOTICE, POLICY -> newest.plusMonths(6).isBefore(today);
            case OTHER -> newest.plusDays((column.staleAfter() == null ? otherStaleAfter : column.staleAfter()).toDays()).isBefore(today);
        };
    }

}
