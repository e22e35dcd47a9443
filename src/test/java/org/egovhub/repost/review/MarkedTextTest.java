package org.egovhub.repost.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.review.MarkedText.Part;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final List<String> MARKERS = List.of("秘密", "绝密", "内部资料");

    @Test
    void shouldCutTheTextAtEachMarkerWithoutMarkup() {
        MarkedText text = MarkedText.of("<p>本文为<b>内部资料</b>，请勿外传。</p><script>x()</script>", MARKERS);
        assertThat(text.parts()).containsExactly(new Part("本文为", false), new Part("内部资料", true), new Part("，请勿外传。", false));
        assertThat(text.markers()).containsExactly("内部资料");
    }

    @Test
    void shouldHighlightTheLongerMarkerWhenOneContainsAnother() {
        MarkedText text = MarkedText.of("绝密文件，秘密", MARKERS);
        assertThat(text.parts()).containsExactly(new Part("绝密", true), new Part("文件，", false), new Part("秘密", true));
        assertThat(text.markers()).containsExactly("秘密", "绝密");
    }

    @Test
    void shouldMaskIdAndPhoneNumbersAndLeaveATextWithoutMarkersWhole() {
        MarkedText text = MarkedText.of("电话 13812345678 身份证 11010119900307777X", MARKERS);
        assertThat(text.parts()).containsExactly(new Part("电话 138****5678 身份证 110101********777X", false));
        assertThat(text.markers()).isEmpty();
        assertThat(MarkedText.of(null, MARKERS).parts()).isEmpty();
    }

    @Test
    void shouldMeasureTheLagToTheRepostOrToNowAndFlagTheSla() {
        OffsetDateTime published = OffsetDateTime.parse("2026-03-02T08:00:00+08:00");
        RecentItem reposted = RecentItem.of(entry(published, published.plusMinutes(125)), published.plusDays(9), Duration.ofHours(24));
        assertThat(reposted.lagText()).isEqualTo("2 小时 5 分");
        assertThat(reposted.late()).isFalse();
        RecentItem waiting = RecentItem.of(entry(published, null), published.plusDays(3).plusHours(4), Duration.ofHours(24));
        assertThat(waiting.lagText()).isEqualTo("3 天 4 小时");
        assertThat(waiting.late()).isTrue();
        assertThat(RecentItem.of(entry(null, null), published, Duration.ofHours(24)).lagText()).isEqualTo("—");
    }

    private static LedgerEntry entry(OffsetDateTime published, OffsetDateTime reposted) {
        return new LedgerEntry("id-1", 1, "src", "CENTRAL", "要闻", "上级要闻", null, "http://127.0.0.1/p.html", null, "标题", "办公室", null,
                "<p>正文</p>", List.of(), published, "page", null, published, null, null, reposted, reposted == null ? "HELD" : "PUBLISHED",
                null);
    }
}
