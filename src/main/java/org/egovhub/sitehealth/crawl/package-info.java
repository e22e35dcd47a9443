/**
 * The crawler, a plain library (no Camel, no Spring): fetches the site's pages within its hosts,
 * politely (robots.txt, a pause per host, bounded concurrency, a page budget, conditional GET),
 * and checks every http(s) link found, recording each link's answer and the pages that link to it.
 */
package org.egovhub.sitehealth.crawl;
