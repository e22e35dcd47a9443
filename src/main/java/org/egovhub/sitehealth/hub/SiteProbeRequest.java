package org.egovhub.sitehealth.hub;

import java.time.Instant;

/** The body of {@code sitehealth.probe}: a probe due at {@code dueAt}. */
public record SiteProbeRequest(Instant dueAt) {
}
