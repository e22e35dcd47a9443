package org.egovhub.platform.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the items of a government list page: each link with the date its row shows (or its URL
 * holds). With an item selector, every link under it is an item; without one, only dated links
 * are, so menus and footers are not. Reposting reads its list pages with it, site health its columns.
 *
 * <pre>{@code
 * List<ListDates.Item> items = ListDates.items(doc, null, LocalDate.of(2018, 3, 17));
 * }</pre>
 */
public final class ListDates {

    /** One item as the list shows it; {@code date} is null only with a selector and no date shown. */
    public record Item(String url, String title, OffsetDateTime date) {
    }

    private ListDates() {
    }

    /** The items of {@code doc} (parsed with its base URL) in page order, one per URL. */
    public static List<Item> items(Document doc, String itemSelector, LocalDate today) {
        boolean configured = itemSelector != null && !itemSelector.isBlank();
        List<Element> links = configured ? doc.select(itemSelector).select("a[href]") : doc.select("a[href]");
        Map<String, Item> items = new LinkedHashMap<>();
        for (Element link : links) {
            String url = link.absUrl("href").trim();
            if (!url.startsWith("http") || url.equals(doc.location())) {
                continue;
            }
            Element row = link.closest("li, tr, dd, p");
            Optional<OffsetDateTime> date = PublishDates.listDate(row == null ? null : row.text(), today)
                    .or(() -> PublishDates.inUrl(url));
            if (!configured && date.isEmpty()) {
                continue;
            }
            String title = link.hasAttr("title") && !link.attr("title").isBlank() ? link.attr("title") : link.text();
            items.putIfAbsent(url, new Item(url, title.trim(), date.orElse(null)));
        }
        return List.copyOf(items.values());
    }
}
