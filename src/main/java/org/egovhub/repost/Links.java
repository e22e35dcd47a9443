package org.egovhub.repost;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * {@link Element#absUrl} with the same results for less: Jsoup parses the base URI again and strips
 * control characters with a regex on every call, which made link resolution a tenth of the
 * extraction time (every link is resolved twice: attachments and sanitizing). Here the last base
 * is kept parsed and the control characters are stripped by a loop.
 */
final class Links {

    /** Jsoup's StringUtil.validUriScheme: what an unresolvable link must start with to be kept. */
    private static final Pattern VALID_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

    /** The last base URI and its parsed URL (null if it does not parse); immutable, so threads may share it. */
    private record Base(String uri, URL url) {
    }

    private static volatile Base last = new Base(null, null);

    private Links() {
    }

    /** What {@code element.absUrl(key)} returns. */
    static String absUrl(Element element, String key) {
        if (element.attributesSize() == 0 || !element.attributes().hasKeyIgnoreCase(key)) {
            return "";
        }
        String relUrl = stripControlChars(element.attributes().getIgnoreCase(key));
        URL base = base(element.baseUri());
        try {
            return base == null ? new URL(relUrl).toExternalForm() : StringUtil.resolve(base, relUrl).toExternalForm();
        } catch (MalformedURLException e) {
            return VALID_SCHEME.matcher(relUrl).find() ? relUrl : "";
        }
    }

    private static URL base(String uri) {
        Base known = last;
        if (!uri.equals(known.uri())) {
            URL url;
            try {
                url = new URL(stripControlChars(uri));
            } catch (MalformedURLException e) {
                url = null;
            }
            known = new Base(uri, url);
            last = known;
        }
        return known.url();
    }

    /** Jsoup removes characters U+0000 to U+001F before resolving, as browsers do. */
    private static String stripControlChars(String value) {
        StringBuilder kept = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && kept == null) {
                kept = new StringBuilder(value.length()).append(value, 0, i);
            } else if (c >= 0x20 && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? value : kept.toString();
    }

    /**
     * A safelist whose link protocol check (Safelist's private testValidProtocol, with relative links
     * made absolute) resolves with {@link #absUrl}. Safelist keeps its protocols private, so they are
     * given here again: keep {@code protocols} the same as those of the wrapped safelist.
     */
    static final class CheckedSafelist extends Safelist {

        /** Protocols by "tag attribute", e.g. "a href". */
        private final Map<String, Set<String>> protocols;

        CheckedSafelist(Safelist safelist, Map<String, Set<String>> protocols) {
            super(safelist.preserveRelativeLinks(false));
            this.protocols = protocols;
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            Set<String> allowed = protocols.get(tagName + " " + attribute.getKey());
            if (allowed == null) {
                return super.isSafeAttribute(tagName, element, attribute);
            }
            String value = absUrl(element, attribute.getKey());
            if (value.isEmpty()) {
                value = attribute.getValue(); // could not be made absolute: checked as it is
            }
            attribute.setValue(value);
            String lower = value.toLowerCase(Locale.ENGLISH);
            for (String protocol : allowed) {
                if (lower.startsWith(protocol + ":")) {
                    return true;
                }
            }
            return false;
        }
    }
}
