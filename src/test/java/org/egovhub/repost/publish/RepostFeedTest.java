package org.egovhub.repost.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 10: the empty feed says when it was generated and links to itself and to the district portal. */
@HubTest
class RepostFeedTest {

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @Autowired
    java.time.Clock clock;

    @Test
    void shouldCarryTheTimeOfGenerationAndSelfAndAlternateLinksWhenEmpty() throws Exception {
        Instant before = clock.instant().minusSeconds(1);
        String xml = rest.getForObject("/feeds/repost.atom", String.class);
        Instant after = clock.instant().plusSeconds(1);

        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));

        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getUpdated().toInstant()).isBetween(before, after);
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("self", "http://localhost:" + port + "/feeds/repost.atom"));
        assertThat(feed.getAlternateLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alternate", "http://localhost:8080/"));
    }
}
