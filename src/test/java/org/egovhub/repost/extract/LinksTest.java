package org.egovhub.repost.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link Links#absUrl} resolves every link exactly as Jsoup's {@link Element#absUrl} does, only cheaper. */
class LinksTest {

    static final List<String> BASES = List.of("http://www.gov.cn/zhengce/2024-01/05/content_1.htm", "https://www.hunan.gov.cn/hnszf/",
            "http://[::1]:8080/p/q.html?x=1", "http://user:pw@h.gov.cn/a/b", "http://www.gov.cn", "HTTPS://WWW.Gov.CN:443/A/B.HTM#top",
            "not a url", "");

    static final List<String> LINKS = List.of("", "?page=2", "#section", "../up.pdf", "./same.doc", "/root.xls", "//cdn.gov.cn/a.js",
            "http://OTHER.gov.cn:80/A?b=1#c", "https://x.cn", "mailto:a@gov.cn", "javascript:alert(1)", "JavaScript:alert(1)",
            "ftp://f.gov.cn/a.zip", "a b.pdf", "/../../x.pdf", "/./x.doc", "..", "../../../../../x.pdf", "\u0001http://x.cn/c.pdf",
            "附件.pdf", "%E9%99%84%E4%BB%B6.pdf", "tel:12345", "data:image/png;base64,AAAA", " http://lead.gov.cn/ ", "http://h.cn/a/../b",
            "../a?b=c#d", "http://[2001:db8::1]/v6.pdf", "http://h.cn:99999/bad", "ht tp://x", "://nothing", "?", "#", "./", "/");

    @Test
    void shouldResolveEveryLinkOnEveryBaseAsJsoupDoes() {
        int compared = 0;
        for (String base : BASES) {
            for (String link : LINKS) {
                Element a = Jsoup.parse("<a>x</a>", base).selectFirst("a").attr("href", link);
                assertThat(Links.absUrl(a, "href")).as("%s on %s", link, base).isEqualTo(a.absUrl("href"));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(BASES.size() * LINKS.size());
    }

    @Test
    void shouldAnswerEmptyForAMissingAttribute() {
        Element a = Jsoup.parse("<a>x</a>", BASES.get(0)).selectFirst("a");

        assertThat(Links.absUrl(a, "href")).isEmpty();
    }
}
