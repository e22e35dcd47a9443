/**
 * District site health: watches the district's own portal the way the national spot checks score
 * it (stale homepage and columns, blank columns, broken links, serious wording errors,
 * unreachability) and gives a verdict with warning levels below the veto ones. The crawler
 * ({@code crawl}) and the checks ({@code check}) are plain libraries; {@code report} writes the
 * JSON, XLSX and HTML reports; {@code cli} is the {@code site-check} command. See {@code docs/sitehealth.md}.
 */
package org.egovhub.sitehealth;
