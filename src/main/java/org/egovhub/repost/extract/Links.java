package org.egovhub.repost.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The hub's two rules about links in a body: only http(s) links are published, and the files they
 * name are the item's attachments. Resolving links is Jsoup's: {@link org.jsoup.safety.Cleaner}
 * makes every link it keeps absolute with {@link Element#absUrl} (docs/performance.md, "Extraction
 * on jsoup 1.24.1", has the figures that retired the hub's copy of it).
 */
final class Links {

    /** The link attribute of each tag whose protocol {@link ItemBody#SAFELIST} checks: keep the two in step. */
    static final Map<String, String> CHECKED = Map.of("a", "href", "img", "src", "blockquote", "cite", "q", "cite");

    private static final Pattern ATTACHMENT = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|et|ofd|txt|csv)(\\?.*)?$", Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    /**
     * Removes the checked link attribute of {@code element} (see {@link #CHECKED}) if it names a
     * scheme other than http(s), such as {@code javascript:} or {@code data:}. The Cleaner refuses
     * such a link anyway, but only after {@link Element#absUrl} tried it, which costs a regex pass
     * per character of the value (a {@code data:} image runs to many kilobytes) and, for every scheme
     * the JDK has no handler for, a search of the whole class path for one.
     */
    static void dropOtherSchemes(Element element) {
        String key = element.attributesSize() == 0 ? null : CHECKED.get(element.normalName());
        if (key != null && hasOtherScheme(element.attr(key))) {
            element.removeAttr(key);
        }
    }

    /**
     * Whether {@code value} starts with a scheme other than http, https (or url, which
     * {@link java.net.URL} skips): {@code "JavaScript:x"} and {@code " data:image/png;base64,AAAA"} do,
     * {@code "HTTP://x.cn"}, {@code "a/b:c"} and {@code "../a.pdf"} do not. Blanks and control
     * characters before it are skipped, as URL parsing does; one inside it makes the answer false,
     * leaving the value to the Cleaner.
     */
    static boolean hasOtherScheme(String value) {
        int start = 0;
        while (start < value.length() && value.charAt(start) <= ' ') {
            start++;
        }
        if (start == value.length() || !isAsciiLetter(value.charAt(start))) {
            return false;
        }
        int end = start + 1;
        while (end < value.length() && value.charAt(end) != ':') {
            char c = value.charAt(end);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
            end++;
        }
        if (end == value.length()) {
            return false;
        }
        int length = end - start;
        return !(length == 4 && value.regionMatches(true, start, "http", 0, 4))
                && !(length == 5 && value.regionMatches(true, start, "https", 0, 5))
                && !(length == 3 && value.regionMatches(true, start, "url", 0, 3));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The distinct {@code href}s of the links below {@code body} that name a file (pdf, doc, xls, zip
     * ...; a query may follow), in document order, as written: after sanitizing they are absolute.
     * For example {@code <a href="http://x.cn/a.PDF?v=2">} gives {@code http://x.cn/a.PDF?v=2}.
     */
    static List<String> attachments(Element body) {
        Set<String> files = new LinkedHashSet<>();
        for (Element a : body.getElementsByTag("a")) {
            String href = a.attr("href");
            if (!href.isEmpty() && ATTACHMENT.matcher(href).find()) {
                files.add(href);
            }
        }
        return List.copyOf(files);
    }
}
