package org.egovhub.sitehealth.hub;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.egovhub.sitehealth.check.Finding;

/**
 * A finding of a run as the API gives it: the finding as {@code report.json} writes it, and
 * {@code new}: whether the previous done run did not have it.
 */
public record SiteFinding(@JsonUnwrapped Finding finding, @JsonProperty("new") boolean isNew) {
}
