package org.egovhub.sitehealth.crawl;

import java.util.List;
import java.util.Map;

/**
 * What a crawl found.
 *
 * @param pagesCrawled pages fetched as pages (within the site's hosts)
 * @param answers every URL asked for (pages and links) with its answer
 * @param links every (link, linking page) pair, in the order found
 * @param budgetReached whether the page budget stopped the crawl
 * @param notCrawled internal URLs left uncrawled by the budget
 * @param oversized pages larger than the limit, left unread
 * @param undeclaredCharset pages that declared no charset anywhere and were decoded by the fallback order
 * @param robotsSkipped URLs robots.txt disallows (neither crawled nor reported)
 */
public record CrawlResult(int pagesCrawled, Map<String, Answer> answers, List<LinkRef> links, boolean budgetReached,
        int notCrawled, List<String> oversized, List<String> undeclaredCharset, List<String> robotsSkipped) {

    /** A link on a page. */
    public record LinkRef(String url, String page) {
    }
}
