package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every route the YAML files declare is loaded and started; a route file lost by a rename fails here. */
@HubTest
class RoutesLoadedIT {

    /** The routes the hub must run; add a route id here when a route file adds one. */
    static final List<String> EXPECTED_ROUTES = List.of("alert-mail", "hub-dead-letter", "repost-extract", "repost-gate", "repost-publish",
            "reconcile-inbox-online", "reconcile-inbox-actual", "reconcile-pull", "sitehealth-crawl-schedule",
            "sitehealth-probe-schedule", "sitehealth-crawl", "sitehealth-probe", "sitehealth-alert");

    @Autowired
    CamelContext camel;

    @Test
    void shouldLoadAndStartEveryExpectedRoute() {
        List<String> loaded = camel.getRoutes().stream().map(Route::getRouteId).toList();
        assertThat(loaded).containsAll(EXPECTED_ROUTES);
        for (String id : EXPECTED_ROUTES) {
            assertThat(camel.getRouteController().getRouteStatus(id).isStarted()).as(id).isTrue();
        }
    }
}
