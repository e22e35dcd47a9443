package org.egovhub.repost.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One pass over a parsed page for everything extraction looks up by attribute: the meta tags (by
 * lower-cased name, the first non-blank value winning, since some sites repeat the block) and the
 * containers in which known CMSs put the article text. One pass instead of a selector query each
 * matters: walking a large page is a good part of the extraction's time.
 */
final class PageScan implements NodeVisitor {

    /** Where the text sits on the CMSs seen so far (gov.cn UCAP, TRS, ccgp), in priority order. */
    static final List<String> KNOWN_BODIES = List.of(
            "#UCAP-CONTENT", ".pages_content", ".TRS_Editor", ".vF_detail_content", "#zoom", ".article-content", ".content");
    /** KNOWN_BODIES without the leading '#' or '.', and which of them are ids. */
    private static final String[] KNOWN_NAMES = KNOWN_BODIES.stream().map(k -> k.substring(1)).toArray(String[]::new);
    private static final boolean[] KNOWN_IS_ID = new boolean[KNOWN_BODIES.size()];
    /** A known container must hold more than this many characters of text to count as the body. */
    private static final int MIN_BODY_TEXT = 20;

    static {
        for (int i = 0; i < KNOWN_IS_ID.length; i++) {
            KNOWN_IS_ID[i] = KNOWN_BODIES.get(i).charAt(0) == '#';
        }
    }

    private final Map<String, String> meta = new HashMap<>();
    private final Element[] known = new Element[KNOWN_BODIES.size()];

    private PageScan() {
    }

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        NodeTraversor.traverse(scan, doc);
        return scan;
    }

    /** Meta tag contents by lower-cased name. */
    Map<String, String> meta() {
        return meta;
    }

    /** The first known CMS container in priority order that holds some text, or null. */
    Element knownBody() {
        for (Element candidate : known) {
            if (candidate != null && hasTextLongerThan(candidate, MIN_BODY_TEXT)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element element) || element.attributesSize() == 0) {
            return; // most elements have no attribute at all
        }
        // the HTML parser lower-cases attribute names, so exact lookups find them
        Attributes attributes = element.attributes();
        if (element.normalName().equals("meta")) {
            String name = attributes.get("name");
            String content = attributes.get("content").trim();
            if (!content.isEmpty() && attributes.hasKey("name")) {
                meta.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), content);
            }
            return;
        }
        String id = attributes.get("id");
        String classes = attributes.get("class");
        for (int i = 0; i < known.length; i++) {
            if (known[i] == null && (KNOWN_IS_ID[i] ? KNOWN_NAMES[i].equals(id)
                    : classes.contains(KNOWN_NAMES[i]) && element.hasClass(KNOWN_NAMES[i]))) {
                known[i] = element;
            }
        }
    }

    /** Whether the element's text, blanks left out, is longer than {@code length}; stops counting there. */
    private static boolean hasTextLongerThan(Element element, int length) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText();
                    for (int i = 0; i < value.length() && count[0] <= length; i++) {
                        if (!StringUtil.isActuallyWhitespace(value.charAt(i))) {
                            count[0]++;
                        }
                    }
                }
                return count[0] > length ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return count[0] > length;
    }
}
