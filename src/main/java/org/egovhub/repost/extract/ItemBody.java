package org.egovhub.repost.extract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Finds the main text block of a page, sanitizes it, lists its attachments and fingerprints it. */
final class ItemBody {

    /**
     * Page furniture that changes on every render and must not change the fingerprint: these labels
     * and the run of digits, blanks, colons and dashes after them. Tried in this order at each place.
     */
    private static final String[] FURNITURE = {"页面生成时间", "生成时间", "访问量", "浏览次数", "点击数", "阅读次数"};
    /** The first character of each FURNITURE label, in the same order: most characters are none of them. */
    private static final String FURNITURE_FIRST = "页生访浏点阅";
    /** Unicode punctuation (regex \p{IsPunctuation}), one bit per Character.getType. */
    private static final int PUNCTUATION_TYPES = 1 << Character.CONNECTOR_PUNCTUATION | 1 << Character.DASH_PUNCTUATION
            | 1 << Character.START_PUNCTUATION | 1 << Character.END_PUNCTUATION | 1 << Character.INITIAL_QUOTE_PUNCTUATION
            | 1 << Character.FINAL_QUOTE_PUNCTUATION | 1 << Character.OTHER_PUNCTUATION;
    /** ASCII punctuation (regex \p{Punct}); some of it, such as $ + < = > ^ ` |, is not Unicode punctuation. */
    private static final String ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** Elements dropped with everything inside them; other elements the safelist does not allow are unwrapped. */
    private static final Set<String> UNSAFE_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed", "noscript");
    /** Before the Cleaner: script-like elements go with their content, links with other schemes than http(s) go. */
    private static final NodeFilter BEFORE_CLEANING = (node, depth) -> {
        if (node instanceof Element element) {
            if (UNSAFE_WITH_CONTENT.contains(element.normalName())) {
                return NodeFilter.FilterResult.REMOVE;
            }
            Links.dropOtherSchemes(element);
        }
        return NodeFilter.FilterResult.CONTINUE;
    };
    private static final MessageDigest SHA_256 = sha256(); // never used itself, only cloned
    /** Jsoup's relaxed safelist with a few legacy tags, links only over http(s) and always made absolute. */
    static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("center", "font", "hr")
            .removeProtocols("a", "href", "ftp", "mailto")
            .preserveRelativeLinks(false);

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
     * xls, zip ...): nothing executable survives. It takes the body's nodes out of the page, so call
     * it after everything else read the page.
     *
     * <p>Jsoup's {@link Cleaner} does the cleaning with {@link #SAFELIST}: elements the safelist does
     * not allow are unwrapped, their text kept; attributes it does not allow are dropped; links are
     * checked against the allowed protocols and made absolute; comments go. Before it, script, style,
     * frames and plugins are taken out with their content (the Cleaner would keep their fallback text),
     * and so are links it would refuse for their scheme ({@link Links#dropOtherSchemes}).
     * Both walk the tree without recursion, so no depth overflows the stack (ItemBodyTest). The
     * Cleaner's time grows with the square of the depth (each copy looks up its base URI through all
     * its ancestors), which Jsoup's parser bounds: since 1.24.1 it nests no deeper than 512 elements.
     */
    static Clean sanitize(Element body, String baseUri) {
        Document dirty = Document.createShell(baseUri);
        List<Node> children = new ArrayList<>(body.childNodes());
        body.empty(); // detached at once: moving them one by one would shift the remaining children each time
        dirty.body().appendChildren(children);
        NodeTraversor.filter(BEFORE_CLEANING, dirty.body());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return new Clean(clean, Links.attachments(clean.body()));
    }

    /** SHA-256 of title and body text with whitespace, punctuation and page furniture removed. */
    static String fingerprint(String title, String text) {
        // one plain pass instead of two regex replaceAll: this runs on every item
        String whole = (title == null ? "" : title) + "\n" + text;
        char[] kept = new char[whole.length()];
        int length = 0;
        for (int i = 0; i < whole.length(); ) {
            char c = whole.charAt(i);
            int label = FURNITURE_FIRST.indexOf(c);
            if (label >= 0) {
                int end = furnitureEnd(whole, i, FURNITURE[label]);
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
            int codePoint = Character.codePointAt(whole, i);
            if (!ignoredInFingerprint(codePoint)) {
                length += Character.toChars(codePoint, kept, length);
            }
            i += Character.charCount(codePoint);
        }
        try {
            // a clone skips the provider lookup of getInstance, which cost more than hashing a short text
            MessageDigest digest = (MessageDigest) SHA_256.clone();
            byte[] bytes = new byte[length * 3];
            digest.update(bytes, 0, utf8(kept, length, bytes));
            return HexFormat.of().formatHex(digest.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code new String(chars, 0, length).getBytes(UTF_8)} into {@code out} (at least three
     * bytes per char) without the string in between, and answers how many bytes; a lone surrogate
     * becomes '?', as there.
     */
    private static int utf8(char[] chars, int length, byte[] out) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                out[n++] = (byte) (0xF0 | codePoint >> 18);
                out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The end of the furniture {@code label} at {@code i} and the value after it, or {@code i} if it
     * is not there. The labels start with different characters, so at most one can be at {@code i}.
     */
    private static int furnitureEnd(String text, int i, String label) {
        if (!text.startsWith(label, i)) {
            return i;
        }
        int end = i + label.length();
        while (end < text.length() && isFurnitureValue(text.charAt(end))) {
            end++;
        }
        return end;
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
