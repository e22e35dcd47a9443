package org.egovhub.sitehealth.crawl;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Whether a page that answered 200 says it is not there (a soft 404): its title or a heading says
 * 404 or 页面不存在 (找不到页面, 页面未找到, not found), or its whole text is short and says so. "404" counts
 * only on its own, not inside a number such as a phone number.
 */
public final class SoftErrors {

    private static final Pattern SAYS = Pattern.compile("(?<![\\d-])404(?![\\d-])|页面不存在|找不到页面|页面未找到|not found",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORT = 300;

    private SoftErrors() {
    }

    public static boolean saysNotFound(Document page) {
        if (SAYS.matcher(page.title()).find() || SAYS.matcher(page.select("h1, h2, h3").text()).find()) {
            return true;
        }
        String text = page.body() == null ? "" : page.body().text();
        return text.length() < SHORT && SAYS.matcher(text).find();
    }
}
