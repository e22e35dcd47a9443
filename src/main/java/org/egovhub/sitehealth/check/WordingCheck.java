package org.egovhub.sitehealth.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egovhub.sitehealth.SiteFile;

/**
 * Checks a page's text against the site file's wording lists: a protected term written in one of
 * its wrong forms (explicit, or generated from the confusion set) is a serious error; a common
 * wrong word is an ordinary one. A correctly written protected term is never reported, not even
 * when a wrong form overlaps it. One finding per page and wrong text, with its first context.
 */
public final class WordingCheck {

    private static final int CONTEXT = 10;

    /** What a word in the automaton stands for; {@code expected == null} marks a protected term written right. */
    private record Entry(String expected, boolean serious) {
    }

    private final AhoCorasick<Entry> words;

    public WordingCheck(SiteFile.Wording wording, ConfusionSet confusion) {
        Map<String, Entry> entries = new HashMap<>();
        Set<String> right = new LinkedHashSet<>();
        wording.protectedTerms().forEach(t -> right.add(t.term()));
        for (SiteFile.CommonWord common : wording.common()) {
            entries.put(common.wrong(), new Entry(common.right(), false));
        }
        for (SiteFile.ProtectedTerm term : wording.protectedTerms()) {
            Set<String> wrong = new LinkedHashSet<>(confusion.variants(term.term()));
            wrong.addAll(term.wrong());
            for (String form : wrong) {
                if (!right.contains(form)) {
                    entries.put(form, new Entry(term.term(), true));
                }
            }
        }
        for (String term : right) {
            entries.put(term, new Entry(null, true));
        }
        this.words = new AhoCorasick<>(entries);
    }

    /** The wording findings of one page's text. */
    public List<Finding> check(String page, String text) {
        List<AhoCorasick.Match<Entry>> matches = words.find(text);
        List<int[]> rightSpans = new ArrayList<>();
        for (AhoCorasick.Match<Entry> match : matches) {
            if (match.value().expected() == null) {
                rightSpans.add(new int[] {match.start(), match.end()});
            }
        }
        Map<String, Finding> findings = new java.util.LinkedHashMap<>();
        for (AhoCorasick.Match<Entry> match : matches) {
            if (match.value().expected() == null || overlaps(match, rightSpans)) {
                continue;
            }
            String found = text.substring(match.start(), match.end());
            String context = text.substring(Math.max(0, match.start() - CONTEXT), Math.min(text.length(), match.end() + CONTEXT));
            findings.putIfAbsent(found, Finding.wording(page, found, match.value().expected(), context, match.value().serious()));
        }
        return List.copyOf(findings.values());
    }

    private static boolean overlaps(AhoCorasick.Match<Entry> match, List<int[]> spans) {
        for (int[] span : spans) {
            if (match.start() < span[1] && span[0] < match.end()) {
                return true;
            }
        }
        return false;
    }
}
