/**
 * The checks, a plain library: freshness of the homepage and columns, broken links, wording,
 * reachability, and the verdict against the warning and veto levels. {@link org.egovhub.sitehealth.check.SiteCheck}
 * runs them all over one crawl.
 */
package org.egovhub.sitehealth.check;
