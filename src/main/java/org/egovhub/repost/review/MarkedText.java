package org.egovhub.repost.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.egovhub.platform.privacy.Masking;
import org.jsoup.Jsoup;

/**
 * An item's body as a reviewer reads it: plain text (no markup of the upstream page), ID and phone
 * numbers masked, cut into parts so that each review marker it contains can be highlighted.
 *
 * <pre>
 * MarkedText.of("&lt;p&gt;本文为内部资料&lt;/p&gt;", List.of("内部资料")).parts()
 *     = [Part("本文为", false), Part("内部资料", true)]
 * </pre>
 */
public record MarkedText(List<Part> parts, List<String> markers) {

    /** A run of the text; {@code marker} when it is one of the review markers. */
    public record Part(String text, boolean marker) {
    }

    /** The body (HTML or text) cut at the markers it contains; {@code markers} lists those found, in the given order. */
    public static MarkedText of(String html, List<String> reviewMarkers) {
        String text = Masking.mask(Jsoup.parse(html == null ? "" : html).text());
        List<String> found = reviewMarkers.stream().filter(m -> !m.isEmpty() && text.contains(m)).toList();
        // Longest first, so a marker inside a longer one (秘密 in 绝密) does not cut the longer one.
        List<String> byLength = found.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Part> parts = new ArrayList<>();
        int plainFrom = 0;
        int at = 0;
        while (at < text.length()) {
            String marker = markerAt(text, at, byLength);
            if (marker == null) {
                at++;
                continue;
            }
            if (at > plainFrom) {
                parts.add(new Part(text.substring(plainFrom, at), false));
            }
            parts.add(new Part(marker, true));
            at += marker.length();
            plainFrom = at;
        }
        if (plainFrom < text.length()) {
            parts.add(new Part(text.substring(plainFrom), false));
        }
        return new MarkedText(List.copyOf(parts), found);
    }

    private static String markerAt(String text, int at, List<String> markers) {
        for (String marker : markers) {
            if (text.startsWith(marker, at)) {
                return marker;
            }
        }
        return null;
    }
}
