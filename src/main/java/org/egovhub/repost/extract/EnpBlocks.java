package org.egovhub.repost.extract;

/**
 * What kepu.gov.cn and other ENP-CMS sites keep in HTML comments: the article's data in
 * {@code <!--enpproperty ... /enpproperty-->} and its text between {@code <!--enpcontent-->} and
 * {@code <!--/enpcontent-->}. Found with plain searches, and only on pages that have an
 * {@code <!--enp} at all: a regex search over a whole page without them cost more than the rest of
 * the page metadata.
 *
 * @param property the property block's inside, or null
 * @param content the article HTML between the content comments, or null
 */
record EnpBlocks(String property, String content) {

    private static final EnpBlocks NONE = new EnpBlocks(null, null);

    static EnpBlocks of(String html) {
        int first = html.indexOf("<!--enp");
        if (first < 0) {
            return NONE;
        }
        return new EnpBlocks(between(html, "<!--enpproperty", "/enpproperty-->", first),
                between(html, "<!--enpcontent-->", "<!--/enpcontent-->", first));
    }

    /** The text between the first {@code open} at or after {@code from} and the next {@code close}, or null. */
    private static String between(String html, String open, String close, int from) {
        int start = html.indexOf(open, from);
        if (start < 0) {
            return null;
        }
        int end = html.indexOf(close, start + open.length());
        return end < 0 ? null : html.substring(start + open.length(), end);
    }
}
