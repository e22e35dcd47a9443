package org.egovhub.sitehealth.crawl;

import org.jsoup.nodes.Document;

/** Sees every page the crawl reads (from several workers at once), e.g. to check its wording. */
@FunctionalInterface
public interface PageVisitor {

    /** {@code page} was read from {@code url}; its base URL is where redirects ended. */
    void page(String url, Document page);
}
