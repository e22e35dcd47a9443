package org.egovhub.repost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Finds the main text block of a page, sanitizes it, lists its attachments and fingerprints it. */
final class ItemBody {

    /** Where the text sits on the CMSs seen so far (gov.cn UCAP, TRS, ccgp), before any heuristic. */
    private static final List<String> KNOWN_BODIES = List.of(
            "#UCAP-CONTENT", ".pages_content", ".TRS_Editor", ".vF_detail_content", "#zoom", ".article-content", ".content");
    private static final Pattern ATTACHMENT = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|et|ofd|txt|csv)(\\?.*)?$", Pattern.CASE_INSENSITIVE);
    /** KNOWN_BODIES without the leading '#' or '.', and which of them are ids. */
    private static final String[] KNOWN_NAMES = KNOWN_BODIES.stream().map(k -> k.substring(1)).toArray(String[]::new);
    private static final boolean[] KNOWN_IS_ID = new boolean[KNOWN_BODIES.size()];
    private static final Pattern ENP_CONTENT = Pattern.compile("<!--enpcontent-->(.*?)<!--/enpcontent-->", Pattern.DOTALL);
    /**
     * Page furniture that changes on every render and must not change the fingerprint: these labels
     * and the run of digits, blanks, colons and dashes after them. Tried in this order at each place.
     */
    private static final String[] FURNITURE = {"页面生成时间", "生成时间", "访问量", "浏览次数", "点击数", "阅读次数"};
    /** Unicode punctuation (regex \p{IsPunctuation}), one bit per Character.getType. */
    private static final int PUNCTUATION_TYPES = 1 << Character.CONNECTOR_PUNCTUATION | 1 << Character.DASH_PUNCTUATION
            | 1 << Character.START_PUNCTUATION | 1 << Character.END_PUNCTUATION | 1 << Character.INITIAL_QUOTE_PUNCTUATION
            | 1 << Character.FINAL_QUOTE_PUNCTUATION | 1 << Character.OTHER_PUNCTUATION;
    /** ASCII punctuation (regex \p{Punct}); some of it, such as $ + < = > ^ ` |, is not Unicode punctuation. */
    private static final String ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** Selectors parsed once: a selector string given to select() is parsed again on every call. */
    private static final Evaluator UNSAFE_ELEMENTS = QueryParser.parse("script, style, iframe, object, embed, noscript");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final MessageDigest SHA_256 = sha256(); // never used itself, only cloned
    private static final Safelist SAFELIST = new Links.CheckedSafelist(Safelist.relaxed()
            .addTags("center", "font", "hr")
            .removeProtocols("a", "href", "ftp", "mailto"),
            // the relaxed protocols less the removed ones ("cite cite" has protocols but the attribute is not allowed)
            Map.of("a href", Set.of("http", "https"), "img src", Set.of("http", "https"),
                    "blockquote cite", Set.of("http", "https"), "q cite", Set.of("http", "https")));

    static {
        for (int i = 0; i < KNOWN_IS_ID.length; i++) {
            KNOWN_IS_ID[i] = KNOWN_BODIES.get(i).charAt(0) == '#';
        }
    }

    private ItemBody() {
    }

    /** The main text element: configured selector, known CMS containers, else the element holding the most paragraph text. */
    static Element find(Document doc, String html, String selector) {
        if (selector != null && !selector.isBlank()) {
            Element chosen = doc.selectFirst(selector);
            if (chosen != null) {
                return chosen;
            }
        }
        // indexOf is much faster than the regex search over a whole page without the comment
        Matcher enp = html.contains("<!--enpcontent-->") ? ENP_CONTENT.matcher(html) : null;
        if (enp != null && enp.find()) {
            return Jsoup.parseBodyFragment(enp.group(1), doc.location()).body();
        }
        Element known = firstKnownBody(doc);
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

    /**
     * The sanitized body, links absolute: nothing executable survives. Moves the body's content out
     * of its page (no copy: this runs on every item), so call it after everything else read the page.
     */
    static Document sanitize(Element body, String baseUri) {
        Document dirty = Document.createShell(baseUri);
        body.select(UNSAFE_ELEMENTS).remove();
        for (Node child : new ArrayList<>(body.childNodes())) {
            dirty.body().appendChild(child);
        }
        removeComments(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    /** The first known CMS container in priority order, found in one pass over the page. */
    private static Element firstKnownBody(Document doc) {
        Element[] found = new Element[KNOWN_BODIES.size()];
        for (Element e : doc.getAllElements()) {
            if (e.attributesSize() == 0) {
                continue; // most elements: no id, no class
            }
            String id = e.id();
            boolean hasClasses = !e.className().isEmpty();
            for (int i = 0; i < found.length; i++) {
                if (found[i] == null && (KNOWN_IS_ID[i] ? KNOWN_NAMES[i].equals(id) : hasClasses && e.hasClass(KNOWN_NAMES[i]))) {
                    found[i] = e;
                }
            }
        }
        for (Element candidate : found) {
            if (candidate != null && candidate.text().length() > 20) {
                return candidate;
            }
        }
        return null;
    }

    /** Absolute URLs of linked files (pdf, doc, xls, zip ...). */
    static List<String> attachments(Element body) {
        Set<String> found = new LinkedHashSet<>();
        for (Element link : body.select(LINKS)) {
            String url = Links.absUrl(link, "href");
            if (!url.isEmpty() && ATTACHMENT.matcher(url).find()) {
                found.add(url);
            }
        }
        return List.copyOf(found);
    }

    /** SHA-256 of title and body text with whitespace, punctuation and page furniture removed. */
    static String fingerprint(String title, String text) {
        // two plain passes instead of two regex replaceAll: this runs on every item
        String withoutFurniture = withoutFurniture((title == null ? "" : title) + "\n" + text);
        StringBuilder normalized = new StringBuilder(withoutFurniture.length());
        for (int i = 0; i < withoutFurniture.length(); ) {
            int c = withoutFurniture.codePointAt(i);
            if (!ignoredInFingerprint(c)) {
                normalized.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        try {
            // a clone skips the provider lookup of getInstance, which cost more than hashing a short text
            byte[] hash = ((MessageDigest) SHA_256.clone()).digest(normalized.toString().getBytes(StandardCharsets.UTF_8));
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

    private static String withoutFurniture(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = furnitureEnd(text, i);
            if (end == i) {
                kept.append(text.charAt(i++));
            } else {
                i = end;
            }
        }
        return kept.toString();
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

    private static void removeComments(Node node) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }
}
