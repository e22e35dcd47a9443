package org.egovhub.sitehealth.hub;

/** The queues of site health's stages; each has its {@code .dlq}. */
final class SiteQueues {

    /** A requested run ({@link SiteRunRequest}): crawl and check the site. */
    static final String CRAWL = "sitehealth.crawl";
    /** A due probe ({@link SiteProbeRequest}): open the homepage once, within the probe limit. */
    static final String PROBE = "sitehealth.probe";
    /** A finished run ({@link SiteRunRequest}): alert what reached a warning or veto level and was not alerted yet. */
    static final String ALERT = "sitehealth.alert";

    private SiteQueues() {
    }
}
