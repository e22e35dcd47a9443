package org.egovhub.sitehealth.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which links are checked and in what form: only http(s); {@code mailto:}, {@code tel:},
 * {@code javascript:} and fragment-only links are skipped; the fragment is dropped; spaces and
 * non-ASCII characters (common in Chinese sites' links) are percent-encoded as UTF-8.
 */
public final class LinkUrls {

    private static final Pattern DOCUMENT = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|jpe?g|png|gif|bmp|svg|mp3|mp4|avi|flv|txt|csv|xml|css|js)$",
            Pattern.CASE_INSENSITIVE);

    private LinkUrls() {
    }

    /** The URL to check for a link written {@code href} and resolved to {@code absolute}; empty when skipped. */
    public static Optional<URI> of(String href, String absolute) {
        String written = href.trim().toLowerCase(Locale.ROOT);
        if (written.isEmpty() || written.startsWith("#") || written.startsWith("mailto:") || written.startsWith("tel:")
                || written.startsWith("javascript:")) {
            return Optional.empty();
        }
        return parse(absolute);
    }

    /** The URL as a URI without its fragment; empty when it is not an http(s) URL. */
    public static Optional<URI> parse(String url) {
        String text = url.trim();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        try {
            URI uri = new URI(encode(text));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the URL names a file rather than a page: checked, not crawled. */
    public static boolean isDocument(URI url) {
        return url.getPath() != null && DOCUMENT.matcher(url.getPath()).find();
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7E || c == ' ' || c < 0x20) {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
