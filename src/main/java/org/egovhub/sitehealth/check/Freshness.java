package org.egovhub.sitehealth.check;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.egovhub.platform.pages.ListDates;
import org.egovhub.platform.time.HubTime;
import org.egovhub.sitehealth.SiteFile;
import org.jsoup.nodes.Document;

/**
 * How fresh the homepage and the columns are: the newest item date of a list page (read as
 * reposting reads list dates), in calendar days to the run date in the hub's zone. A column with
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

    /** The date of the newest item the list page shows, in the hub's zone. */
    public static Optional<LocalDate> newest(Document page, String itemSelector, LocalDate today) {
        return ListDates.items(page, itemSelector, today).stream().map(ListDates.Item::date).filter(Objects::nonNull)
                .map(d -> d.atZoneSameInstant(HubTime.zone()).toLocalDate()).max(LocalDate::compareTo);
    }

    /** Calendar days from {@code newest} to {@code today}. */
    public static int days(LocalDate newest, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(newest, today);
    }

    /** The finding for a column whose list page is {@code page}; empty when it is fresh. */
    public Optional<Finding> column(SiteFile.Column column, Document page, LocalDate today) {
        Optional<LocalDate> newest = newest(page, column.itemSelector(), today);
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
