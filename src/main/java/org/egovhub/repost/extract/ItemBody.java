package org.egovhub.repost.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/** Finds the main text block of a page, sanitizes it, lists its attachments and fingerprints it. */
final class ItemBody {

    private static final Pattern ATTACHMENT = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|et|ofd|txt|csv)(\\?.*)?$", Pattern.CASE_INSENSITIVE);
    /**
     * Page furniture that changes on every render and must not change the fingerprint: these labels
     * and the run of digits, blanks, colons and dashes after them. Tried in this order at each place.
     */
    private static final String[] FURNITURE = {"页面生成时间", "生成时间", "访问量", "浏览次数", "点击数", "阅读次数"};
    /** The first characters of the FURNITURE labels: most characters are none of them. */
    private static final String FURNITURE_FIRST = "页生访浏点阅";
    /** Unicode punctuation (regex \p{IsPunctuation}), one bit per Character.getType. */
    private static final int PUNCTUATION_TYPES = 1 << Character.CONNECTOR_PUNCTUATION | 1 << Character.DASH_PUNCTUATION
            | 1 << Character.START_PUNCTUATION | 1 << Character.END_PUNCTUATION | 1 << Character.INITIAL_QUOTE_PUNCTUATION
            | 1 << Character.FINAL_QUOTE_PUNCTUATION | 1 << Character.OTHER_PUNCTUATION;
    /** ASCII punctuation (regex \p{Punct}); some of it, such as $ + < = > ^ ` |, is not Unicode punctuation. */
    private static final String ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** The safelist's enforced attributes by tag; it builds them anew on every call. Only read, never changed. */
    private static final Map<String, Attributes> ENFORCED = new ConcurrentHashMap<>();
    /** Elements dropped with everything inside them; other elements the safelist does not allow are unwrapped. */
    private static final Set<String> UNSAFE_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed", "noscript");
    private static final MessageDigest SHA_256 = sha256(); // never used itself, only cloned
    static final Safelist SAFELIST = new Links.CheckedSafelist(Safelist.relaxed()
            .addTags("center", "font", "hr")
            .removeProtocols("a", "href", "ftp", "mailto"),
            // the relaxed protocols less the removed ones ("cite cite" has protocols but the attribute is not allowed)
            Map.of("a href", Set.of("http", "https"), "img src", Set.of("http", "https"),
                    "blockquote cite", Set.of("http", "https"), "q cite", Set.of("http", "https")));

    private ItemBody() {
    }

    /** The main text element: configured selector, the ENP content block, known CMS containers, else the element holding the most paragraph text. */
    static Element find(Document doc, String enpContent, String selector, PageScan scan) {
        if (selector != null && !selector.isBlank()) {
            Element chosen = doc.selectFirst(selector);
            if (chosen != null) {
                return chosen;
            }
        }
        if (enpContent != null) {
            return Jsoup.parseBodyFragment(enpContent, doc.location()).body();
        }
        Element known = scan.knownBody();
        if (known != null) {
            return known;
        }
        // the element whose own paragraphs hold the most text; one pass over the paragraphs
        java.util.Map<Element, Integer> scores = new java.util.HashMap<>();
        Element best = doc.body();
        int bestScore = 0;
        for (Element p : doc.getElementsByTag("p")) {
            Element parent = p.parent();
            if (parent != null) {
                int score = scores.merge(parent, p.text().length(), Integer::sum);
                if (score > bestScore) {
                    best = parent;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** A sanitized body and the attachments it links to. */
    record Clean(Document document, List<String> attachments) {
    }

    /**
     * The sanitized body, links absolute, with the absolute URLs of the files it links to (pdf, doc,
     * xls, zip ...): nothing executable survives. Cleans in place what it moves out of the page (no
     * copy: this runs on every item), so call it after everything else read the page.
     *
     * <p>The result is what Jsoup's {@link org.jsoup.safety.Cleaner} makes of the body with the same
     * safelist (a test holds the two to the same output on every recorded page): elements the safelist
     * does not allow are unwrapped, their text kept; attributes it does not allow are dropped; links
     * are checked and made absolute by {@link Links.CheckedSafelist}; comments go. Script, style,
     * frames and plugins go with their content. Cleaning in place instead of copying every node into a
     * new document halves the cost, and the attachments are read off the checked links on the way.
     */
    static Clean sanitize(Element body, String baseUri) {
        Document clean = Document.createShell(baseUri);
        clean.outputSettings().prettyPrint(false);
        Element target = clean.body();
        for (Node child : new ArrayList<>(body.childNodes())) {
            target.appendChild(child);
        }
        Set<String> attachments = new LinkedHashSet<>();
        cleanChildren(target, attachments);
        return new Clean(clean, List.copyOf(attachments));
    }

    /**
     * Walks the tree below {@code root} in document order without recursion (a page may nest
     * elements many thousands deep). An element the safelist does not allow is unwrapped before its
     * children are visited, its script-like data dropped first, as the Cleaner drops data whose
     * parent is not allowed.
     */
    private static void cleanChildren(Element root, Set<String> attachments) {
        Node node = root.childNodeSize() == 0 ? null : root.childNode(0);
        while (node != null) {
            Node next;
            if (node instanceof Element element) {
                String name = element.normalName();
                if (UNSAFE_WITH_CONTENT.contains(name)) {
                    next = nextAfter(element, root);
                    element.remove();
                } else if (SAFELIST.isSafeTag(name)) {
                    keepSafeAttributes(element);
                    if (name.equals("a")) {
                        String href = element.attr("href");
                        if (!href.isEmpty() && ATTACHMENT.matcher(href).find()) {
                            attachments.add(href);
                        }
                    }
                    next = element.childNodeSize() > 0 ? element.childNode(0) : nextAfter(element, root);
                } else {
                    element.childNodes().stream().filter(DataNode.class::isInstance).toList().forEach(Node::remove);
                    Node first = element.childNodeSize() > 0 ? element.childNode(0) : null;
                    Node after = first == null ? nextAfter(element, root) : null; // only for a leaf: the walk up costs
                    element.unwrap(); // its children take its place, and are visited next
                    next = first != null ? first : after;
                }
            } else {
                next = nextAfter(node, root);
                if (!(node instanceof TextNode) && !(node instanceof DataNode)) {
                    node.remove(); // comments, doctypes, processing instructions
                }
            }
            node = next;
        }
    }

    /** The node after {@code node} and everything below it, in document order, within {@code root}; null at the end. */
    private static Node nextAfter(Node node, Element root) {
        Node current = node;
        while (current != null && current != root) {
            Node sibling = current.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            current = current.parentNode();
        }
        return null;
    }

    private static void keepSafeAttributes(Element element) {
        if (element.attributesSize() > 0) {
            String tag = element.tagName();
            List<String> unsafe = null;
            for (Attribute attribute : element.attributes()) {
                if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
                    if (unsafe == null) {
                        unsafe = new ArrayList<>();
                    }
                    unsafe.add(attribute.getKey());
                }
            }
            if (unsafe != null) {
                unsafe.forEach(element::removeAttr);
            }
        }
        Attributes enforced = ENFORCED.computeIfAbsent(element.tagName(), SAFELIST::getEnforcedAttributes);
        if (enforced.size() > 0) {
            element.attributes().addAll(enforced);
        }
    }

    /** SHA-256 of title and body text with whitespace, punctuation and page furniture removed. */
    static String fingerprint(String title, String text) {
        // one plain pass instead of two regex replaceAll: this runs on every item
        String whole = (title == null ? "" : title) + "\n" + text;
        char[] chars = whole.toCharArray();
        char[] kept = new char[chars.length];
        int length = 0;
        for (int i = 0; i < chars.length; ) {
            char c = chars[i];
            if (FURNITURE_FIRST.indexOf(c) >= 0) {
                int end = furnitureEnd(whole, i);
                if (end != i) {
                    i = end;
                    continue;
                }
            }
            if (!Character.isSurrogate(c)) {
                if (!ignoredInFingerprint(c)) {
                    kept[length++] = c;
                }
                i++;
                continue;
            }
            int codePoint = Character.codePointAt(chars, i);
            if (!ignoredInFingerprint(codePoint)) {
                length += Character.toChars(codePoint, kept, length);
            }
            i += Character.charCount(codePoint);
        }
        String normalized = new String(kept, 0, length);
        try {
            // a clone skips the provider lookup of getInstance, which cost more than hashing a short text
            byte[] hash = ((MessageDigest) SHA_256.clone()).digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The end of a furniture label at {@code i} and the value after it, or {@code i} if there is none. */
    private static int furnitureEnd(String text, int i) {
        char first = text.charAt(i);
        for (String label : FURNITURE) {
            if (label.charAt(0) == first && text.startsWith(label, i)) {
                int end = i + label.length();
                while (end < text.length() && isFurnitureValue(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return i;
    }

    /** Regex [\d\s:：-]: ASCII digits and blanks (Java's \d and \s are ASCII-only), colons, dashes. */
    private static boolean isFurnitureValue(char c) {
        return c >= '0' && c <= '9' || isAsciiSpace(c) || c == ':' || c == '：' || c == '-';
    }

    /** Regex [\s\p{Punct}\p{IsPunctuation}] and the ideographic space U+3000. */
    private static boolean ignoredInFingerprint(int c) {
        return c < 128 ? isAsciiSpace((char) c) || ASCII_PUNCT.indexOf(c) >= 0
                : c == '\u3000' || (PUNCTUATION_TYPES >> Character.getType(c) & 1) != 0;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
