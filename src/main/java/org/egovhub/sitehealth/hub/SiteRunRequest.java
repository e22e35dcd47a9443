package org.egovhub.sitehealth.hub;

/** The body of {@code sitehealth.crawl} and {@code sitehealth.alert}: the run to crawl, or whose findings to alert. */
public record SiteRunRequest(long runId) {
}
