package org.egovhub.sitehealth;

import static org.assertj.core.api.Assertions.assertThat;

import org.egovhub.platform.stage.StageResult;
import org.egovhub.sitehealth.hub.SiteTriggers;
import org.egovhub.testing.Api;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** The hub without {@code hub.site.file} (the default): no site is watched, nothing is scheduled, a run is refused. */
@HubTest
class SiteHealthUnwatchedIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    SiteTriggers triggers;

    @Test
    void shouldWatchNoSiteWithoutASiteFile() {
        Api api = new Api(rest);
        Api.assertProblem(api.admin(HttpMethod.POST, "/api/site/runs", null), 409, "no site is watched: hub.site.file is not set");
        assertThat(api.admin(HttpMethod.GET, "/api/site/runs", null).getBody()).isEqualTo("[]");
        assertThat(triggers.crawlDue()).isEqualTo(StageResult.none());
        assertThat(triggers.probeDue()).isEqualTo(StageResult.none());
    }
}
