package org.egovhub.repost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
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

/** Finds the main text block of a page, sanitizes it, lists its attachments and fingerprints it. */
final class ItemBody {

    /** Where the text sits on the CMSs seen so far (gov.cn UCAP, TRS, ccgp), before any heuristic. */
    private static final List<String> KNOWN_BODIES = List.of(
            "#UCAP-CONTENT", ".pages_content", ".TRS_Editor", ".vF_detail_content", "#zoom", ".article-content", ".content");
    private static final Pattern ATTACHMENT = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|et|ofd|txt|csv)(\\?.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENP_CONTENT = Pattern.compile("<!--enpcontent-->(.*?)<!--/enpcontent-->", Pattern.DOTALL);
    /** Page furniture that changes on every render and must not change the fingerprint. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(页面生成时间|生成时间|访问量|浏览次数|点击数|阅读次数)[:：]?\\s*[\\d\\s:：-]*");
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("center", "font", "hr")
            .removeProtocols("a", "href", "ftp", "mailto")
            .preserveRelativeLinks(false);

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
        Matcher enp = ENP_CONTENT.matcher(html);
        if (enp.find()) {
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
        body.select("script, style, iframe, object, embed, noscript").remove();
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
            for (int i = 0; i < found.length; i++) {
                String known = KNOWN_BODIES.get(i);
                if (found[i] == null && (known.charAt(0) == '#' ? known.substring(1).equals(e.id()) : e.hasClass(known.substring(1)))) {
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
        for (Element link : body.select("a[href]")) {
            String url = link.absUrl("href");
            if (!url.isEmpty() && ATTACHMENT.matcher(url).find()) {
                found.add(url);
            }
        }
        return List.copyOf(found);
    }

    /** SHA-256 of title and body text with whitespace, punctuation and page furniture removed. */
    static String fingerprint(String title, String text) {
        String normalized = FURNITURE.matcher((title == null ? "" : title) + "\n" + text).replaceAll("")
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}\\u3000]", "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
