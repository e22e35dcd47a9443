/**
 * The hub side of site health: the watched site ({@link org.egovhub.sitehealth.hub.SiteWatch}),
 * the runs, figures, findings and probes kept in the database ({@link org.egovhub.sitehealth.hub.SiteRuns}),
 * the stages of the {@code sitehealth.*} queues (crawl, probe, alert) and their schedules, the metrics,
 * and {@link org.egovhub.sitehealth.hub.SiteHealthService}, which the API and the console call.
 */
package org.egovhub.sitehealth.hub;
