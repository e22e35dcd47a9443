package org.egovhub.repost.publish;

import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostQueries;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public Atom feed of reposted items, {@code /feeds/repost.atom}, which any district CMS can ingest. */
@RestController
class RepostFeedController {

    private final RepostQueries queries;
    private final RepostProperties properties;

    RepostFeedController(RepostQueries queries, RepostProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping(value = "/feeds/repost.atom")
    ResponseEntity<String> feed() throws FeedException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("转载信息 (egov-hub repost)");
        feed.setUri("urn:egov-hub:repost");
        feed.setLink("/feeds/repost.atom");
        List<SyndEntry> entries = new ArrayList<>();
        Date newest = new Date(0);
        for (LedgerEntry item : queries.latestPublished(properties.feedSize() * 4)) {
            if (!properties.publishersOf(item.column()).contains(RepostProperties.Publisher.FEED) || entries.size() >= properties.feedSize()) {
                continue;
            }
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:egov-hub:repost:" + item.id() + ":" + item.version());
            entry.setTitle(item.title());
            entry.setLink(item.url());
            entry.setAuthor(item.contentSource());
            Date reposted = Date.from(item.repostedAt().toInstant());
            entry.setUpdatedDate(reposted);
            entry.setPublishedDate(item.publishedAt() == null ? reposted : Date.from(item.publishedAt().toInstant()));
            SyndContentImpl content = new SyndContentImpl();
            content.setType("html");
            content.setValue(item.body());
            entry.setContents(List.of(content));
            com.rometools.rome.feed.synd.SyndCategoryImpl column = new com.rometools.rome.feed.synd.SyndCategoryImpl();
            column.setName(item.column());
            entry.setCategories(List.of(column));
            entries.add(entry);
            newest = reposted.after(newest) ? reposted : newest;
        }
        feed.setEntries(entries);
        feed.setPublishedDate(newest);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }
}
