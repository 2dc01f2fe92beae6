package com.inferplan.engine.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known names closest to a mistyped one: names containing it (or contained in it) first, then
 * by edit distance, at most {@code limit} and never one further than half its length.
 */
public final class NearMatches {

    private NearMatches() {
    }

    public static List<String> of(String wanted, Collection<String> known, int limit) {
        String w = normalise(wanted);
        return known.stream()
                .distinct()
                .filter(k -> contains(k, w) || closeness(normalise(k), w) <= maxDistance(w))
                .sorted(Comparator.comparing((String k) -> !contains(k, w))
                        .thenComparingInt(k -> closeness(normalise(k), w))
                        .thenComparing(k -> k))
                .limit(limit)
                .toList();
    }

    static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String known, String wanted) {
        String k = normalise(known);
        return !wanted.isEmpty() && (k.contains(wanted) || wanted.contains(k));
    }

    private static int maxDistance(String wanted) {
        return Math.max(2, wanted.length() / 2);
    }

    /**
     * The edit distance when it can be within reach, else the length gap (a lower bound on it), so
     * a very long unknown name is not compared character by character with every known one.
     */
    private static int closeness(String known, String wanted) {
        int gap = Math.abs(known.length() - wanted.length());
        return gap > maxDistance(wanted) ? gap : distance(known, wanted);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
