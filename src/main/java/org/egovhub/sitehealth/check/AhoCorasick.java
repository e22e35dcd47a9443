package org.egovhub.sitehealth.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of many words in a text in one pass (Aho–Corasick). No well-kept Java
 * library resolves here (org.ahocorasick is not in the hub's repository mirror), so this is the
 * small textbook automaton: a trie over chars, failure links, and each state's output chained
 * through the nearest accepting suffix state.
 *
 * <pre>{@code
 * AhoCorasick<String> words = new AhoCorasick<>(Map.of("杜家豪", "杜家毫"));
 * words.find("省委书记杜家豪指出"); // [Match[start=4, end=7, value=杜家毫]]
 * }</pre>
 *
 * @param <V> what each word stands for
 */
public final class AhoCorasick<V> {

    /** An occurrence: {@code text.substring(start, end)} is the word whose value is {@code value}. */
    public record Match<V>(int start, int end, V value) {
    }

    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<Integer> outputLink = new ArrayList<>();
    private final List<V> value = new ArrayList<>();
    private final List<Integer> depth = new ArrayList<>();

    public AhoCorasick(Map<String, V> words) {
        newState(0);
        for (Map.Entry<String, V> word : words.entrySet()) {
            int state = 0;
            for (int i = 0; i < word.getKey().length(); i++) {
                long edge = edge(state, word.getKey().charAt(i));
                Integer next = edges.get(edge);
                if (next == null) {
                    next = newState(i + 1);
                    edges.put(edge, next);
                }
                state = next;
            }
            if (state != 0) {
                value.set(state, word.getValue());
            }
        }
        link();
    }

    /** Every occurrence of every word in {@code text}, in order of where they end. */
    public List<Match<V>> find(String text) {
        List<Match<V>> matches = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            for (int s = value.get(state) != null ? state : outputLink.get(state); s > 0; s = outputLink.get(s)) {
                matches.add(new Match<>(i + 1 - depth.get(s), i + 1, value.get(s)));
            }
        }
        return matches;
    }

    private int step(int state, char c) {
        while (true) {
            Integer next = edges.get(edge(state, c));
            if (next != null) {
                return next;
            }
            if (state == 0) {
                return 0;
            }
            state = fail.get(state);
        }
    }

    private void link() {
        Map<Integer, List<long[]>> children = new HashMap<>();
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            int parent = (int) (e.getKey() >>> 16);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(new long[] {e.getKey() & 0xFFFF, e.getValue()});
        }
        Queue<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int parent = queue.remove();
            for (long[] child : children.getOrDefault(parent, List.of())) {
                int state = (int) child[1];
                int f = parent == 0 ? 0 : step(fail.get(parent), (char) child[0]);
                fail.set(state, f);
                outputLink.set(state, value.get(f) != null ? f : outputLink.get(f));
                queue.add(state);
            }
        }
    }

    private int newState(int atDepth) {
        fail.add(0);
        outputLink.add(0);
        value.add(null);
        depth.add(atDepth);
        return fail.size() - 1;
    }

    private static long edge(int state, char c) {
        return ((long) state << 16) | c;
    }
}
