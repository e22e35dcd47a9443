package org.egovhub.repost.fetch;

import org.egovhub.platform.pages.ListDates;
import org.egovhub.platform.pages.PageDecoder;
import org.egovhub.platform.pages.PublishDates;
import org.egovhub.repost.source.Source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads the item entries of a feed (Rome) or a list page (Jsoup). */
final class ListReader {

    /** One item as the list or feed shows it. {@code feedBody} is set for feed entries. */
    record Entry(String url, String title, OffsetDateTime date, String feedBody) {
    }

    /** The list or feed could not be read, or no longer matches its selectors. */
    static final class ListFormatException extends Exception {
        ListFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ListReader() {
    }

    static List<Entry> read(Source source, byte[] bytes, String contentType, LocalDate today) throws ListFormatException {
        return source.kind() == Source.Kind.LIST_PAGE ? listPage(source, bytes, contentType, today) : feed(bytes);
    }

    static List<Entry> feed(byte[] bytes) throws ListFormatException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new ListFormatException("feed cannot be read: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() == null ? entry.getUri() : entry.getLink();
            if (link == null || link.isBlank()) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String body = !entry.getContents().isEmpty() ? entry.getContents().get(0).getValue()
                    : Optional.ofNullable(entry.getDescription()).map(SyndContent::getValue).orElse("");
            entries.add(new Entry(link.trim(), entry.getTitle() == null ? null : entry.getTitle().trim(),
                    date == null ? null : date.toInstant().atZone(PublishDates.ZONE).toOffsetDateTime(), body));
        }
        return entries;
    }

    static List<Entry> listPage(Source source, byte[] bytes, String contentType, LocalDate today) throws ListFormatException {
        Document doc = Jsoup.parse(PageDecoder.decode(bytes, contentType, source.url()).text(), source.url());
        boolean configured = source.itemSelector() != null && !source.itemSelector().isBlank();
        List<Entry> entries = ListDates.items(doc, source.itemSelector(), today).stream()
                .map(item -> new Entry(item.url(), item.title(), item.date(), null)).toList();
        if (entries.isEmpty()) {
            throw new ListFormatException("list page " + source.url() + " has no item matching "
                    + (configured ? "selector '" + source.itemSelector() + "'" : "any dated link") + "; was the site redesigned?", null);
        }
        return entries;
    }
}
