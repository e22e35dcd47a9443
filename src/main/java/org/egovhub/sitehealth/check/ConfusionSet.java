package org.egovhub.sitehealth.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Characters easily written for one another (near-homophones 音近 and near-shapes 形近), from the
 * file the hub ships ({@code sitehealth/confusion-set.txt}): each line a group of characters any of
 * which is mistaken for any other. Wrong forms of a protected term are generated from it.
 */
public final class ConfusionSet {

    private static final String SHIPPED = "sitehealth/confusion-set.txt";

    private final Map<Character, Set<Character>> confusable;

    private ConfusionSet(Map<Character, Set<Character>> confusable) {
        this.confusable = confusable;
    }

    /** The set the hub ships. */
    public static ConfusionSet shipped() {
        try (InputStream in = ConfusionSet.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + SHIPPED);
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set from lines of groups; {@code #} starts a comment, spaces are ignored. */
    public static ConfusionSet of(List<String> lines) {
        Map<Character, Set<Character>> confusable = new HashMap<>();
        for (String line : lines) {
            String group = line.replaceAll("#.*", "").replaceAll("\\s", "");
            for (char c : group.toCharArray()) {
                for (char other : group.toCharArray()) {
                    if (other != c) {
                        confusable.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(other);
                    }
                }
            }
        }
        return new ConfusionSet(confusable);
    }

    /** The wrong forms of {@code term} with one character replaced by a confusable one. */
    public Set<String> variants(String term) {
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 0; i < term.length(); i++) {
            for (char other : confusable.getOrDefault(term.charAt(i), Set.of())) {
                variants.add(term.substring(0, i) + other + term.substring(i + 1));
            }
        }
        return variants;
    }
}
