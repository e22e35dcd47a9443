package org.egovhub.repost.extract;

import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.platform.pages.PageDecoder;
import org.egovhub.platform.pages.PublishDates;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Reads one detail page into a {@link RepostItem} without site-specific code: the government page
 * metadata standard and the gov.cn tags first, then the source's configured selectors, then
 * heuristics (title element, first date in the page, main text block).
 */
@Component("repostExtractor")
public class DetailExtractor {

    private static final Pattern SOURCE_TEXT = Pattern.compile("(?:信息来源|文章来源|来源)[:：]\\s*([^\\s<>{}|【\\[]{2,30})");
    private static final Pattern ENP_FIELD = Pattern.compile("<(\\w+)>([^<]*)</\\1>");
    /** Separators in "article_column_site" titles; the site split leaves out a bare "|". */
    private static final Pattern TITLE_PARTS = Pattern.compile("_+|\\s+[-|]\\s+|\\|| - |-(?=[^-]{2,12}$)");
    private static final Pattern SITE_PARTS = Pattern.compile("_+|\\s+[-|]\\s+|-(?=[^-]{2,12}$)");

    private final SourceCatalog sources;

    DetailExtractor(SourceCatalog sources) {
        this.sources = sources;
    }

    /** Extracts a fetched page with its source's selectors. */
    public RepostItem extract(FetchedPage page) {
        return extractWith(page, sources.find(page.sourceId()).orElse(null));
    }

    static RepostItem extractWith(FetchedPage page, Source source) {
        String html = page.feedBody() != null && page.body() == null ? page.feedBody()
                : PageDecoder.decode(page.body(), page.contentType(), page.url()).text();
        Document doc = Jsoup.parse(html, page.url());
        PageScan scan = PageScan.of(doc);
        Map<String, String> meta = scan.meta();
        EnpBlocks enpBlocks = EnpBlocks.of(html);
        Map<String, String> enp = enpProperty(enpBlocks.property());

        String title = first(meta.get("articletitle"), selected(doc, source == null ? null : source.titleSelector()),
                enp.get("title"), page.listTitle(), titleElement(doc));
        Element bodyElement = page.body() == null ? doc.body() : ItemBody.find(doc, enpBlocks.content(), source == null ? null : source.bodySelector(), scan);
        // script and style content is not text in Jsoup; the whole-page text is only needed for fallbacks
        String[] pageText = new String[1];
        java.util.function.Supplier<String> text = () -> pageText[0] != null ? pageText[0]
                : (pageText[0] = page.body() == null ? "" : doc.body().text());

        String dateOrigin = "metadata";
        Optional<OffsetDateTime> published = PublishDates.inMetadata(meta);
        if (published.isEmpty() && source != null && source.dateSelector() != null) {
            published = PublishDates.first(selected(doc, source.dateSelector()));
            dateOrigin = "selector";
        }
        if (published.isEmpty()) {
            published = PublishDates.first(enp.get("date"));
        }
        if (published.isEmpty() && page.body() != null) {
            published = PublishDates.first(text.get());
            dateOrigin = "page";
        }
        if (published.isEmpty() && page.listDate() != null) {
            published = Optional.of(page.listDate());
            dateOrigin = "list";
        }
        if (published.isEmpty()) {
            published = PublishDates.inUrl(page.url());
            dateOrigin = "url";
        }
        if (published.isEmpty()) {
            published = Optional.ofNullable(page.fetchedAt());
            dateOrigin = "first-seen";
        }

        String contentSource = first(meta.get("contentsource"), enp.get("sourcename"));
        if (contentSource == null) {
            // the whole page's text only where it can hold a "来源" line
            contentSource = first(html.contains("来源") ? sourceText(text.get()) : null, meta.get("sitename"), siteFromTitle(doc),
                    host(page.url()));
        }
        ItemBody.Clean clean = ItemBody.sanitize(bodyElement, page.url()); // last: it takes the body out of the page
        return new RepostItem(page.sourceId(), page.url(), first(meta.get("manuscriptid"), enp.get("articleid")), title,
                published.orElse(null), dateOrigin, meta.get("lastmodifiedtime"), contentSource,
                first(meta.get("columnname"), meta.get("lanmu")), clean.document().body().html().trim(), clean.attachments(),
                ItemBody.fingerprint(title, clean.document().body().text()), page.fetchedAt());
    }

    /** The fields of an ENP-CMS property block ({@code <title>}, {@code <date>}, {@code <sourcename>} ...). */
    private static Map<String, String> enpProperty(String block) {
        Map<String, String> values = new HashMap<>();
        if (block != null) {
            Matcher field = ENP_FIELD.matcher(block);
            while (field.find()) {
                if (!field.group(2).isBlank()) {
                    values.putIfAbsent(field.group(1).toLowerCase(Locale.ROOT), field.group(2).trim());
                }
            }
        }
        return values;
    }

    private static String selected(Document doc, String selector) {
        if (selector == null || selector.isBlank()) {
            return null;
        }
        Element element = doc.selectFirst(selector);
        return element == null ? null : element.text();
    }

    /** The longest part of the title element, which usually is "article_column_site". */
    private static String titleElement(Document doc) {
        String full = doc.title().trim();
        if (full.isEmpty()) {
            Element heading = doc.selectFirst("h1, h2, .title");
            return heading == null ? null : heading.text();
        }
        return Arrays.stream(TITLE_PARTS.split(full))
                .map(String::trim).max(Comparator.comparingInt(String::length)).orElse(full);
    }

    private static String siteFromTitle(Document doc) {
        String[] parts = SITE_PARTS.split(doc.title().trim());
        return parts.length > 1 ? parts[parts.length - 1].trim() : null;
    }

    private static String sourceText(String text) {
        Matcher m = SOURCE_TEXT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
