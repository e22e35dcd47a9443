package org.egovhub.repost.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * {@link Element#absUrl} with the same results for less: Jsoup parses the base URI again, strips
 * control characters with a regex, and builds a second {@link URL} for the result on every call,
 * which made link resolution a tenth of the extraction time. Here the last base is kept parsed, the
 * control characters are stripped by a loop, and the result is written out from the one resolved
 * URL the way Jsoup's second URL would print it (a test compares the two on many link/base pairs).
 */
final class Links {

    /** Jsoup's StringUtil.validUriScheme: what an unresolvable link must start with to be kept. */
    private static final Pattern VALID_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");
    /** Jsoup's StringUtil extraDotSegmentsPattern. */
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");

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
            return base == null ? new URL(relUrl).toExternalForm() : resolve(base, relUrl);
        } catch (MalformedURLException e) {
            return VALID_SCHEME.matcher(relUrl).find() ? relUrl : "";
        }
    }

    /**
     * What {@code StringUtil.resolve(base, relUrl).toExternalForm()} returns: Java's resolution with
     * Jsoup's two workarounds ("?query" keeps the base's file; leading "/../" and "/./" segments go),
     * printed as {@code new URL(protocol, host, port, file#ref)} prints (no user info, IPv6 host in
     * brackets).
     */
    static String resolve(URL base, String relUrl) throws MalformedURLException {
        if (relUrl.startsWith("?")) {
            relUrl = base.getPath() + relUrl;
        }
        URL url = new URL(base, relUrl);
        String file = url.getFile();
        if (file.startsWith("/./") || file.startsWith("/../")) {
            file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
        }
        String host = url.getHost();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        StringBuilder out = new StringBuilder(url.getProtocol().length() + host.length() + file.length() + 16).append(url.getProtocol()).append(':');
        if (!host.isEmpty() || url.getPort() != -1) {
            out.append("//").append(host);
            if (url.getPort() != -1) {
                out.append(':').append(url.getPort());
            }
        }
        out.append(file);
        if (url.getRef() != null) {
            out.append('#').append(url.getRef());
        }
        return out.toString();
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
        /** The attribute names in {@code protocols}: the others need no lookup. */
        private final Set<String> checkedKeys;

        CheckedSafelist(Safelist safelist, Map<String, Set<String>> protocols) {
            super(safelist.preserveRelativeLinks(false));
            this.protocols = protocols;
            this.checkedKeys = protocols.keySet().stream().map(k -> k.substring(k.indexOf(' ') + 1)).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            String key = attribute.getKey();
            Set<String> allowed = checkedKeys.contains(key) ? protocols.get(tagName + " " + key) : null;
            if (allowed == null) {
                return super.isSafeAttribute(tagName, element, attribute);
            }
            String value = absUrl(element, attribute.getKey());
            if (value.isEmpty()) {
                value = attribute.getValue(); // could not be made absolute: checked as it is
            }
            attribute.setValue(value);
            for (String protocol : allowed) {
                // value.toLowerCase(Locale.ENGLISH).startsWith(protocol + ":") without the copies; protocols are lower-case ASCII
                if (value.length() > protocol.length() && value.charAt(protocol.length()) == ':'
                        && value.regionMatches(true, 0, protocol, 0, protocol.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
