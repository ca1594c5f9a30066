package io.octollm.jdbc.memory;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Splits text into lower-case words of letters and digits (2..100 characters), minus stop words. */
final class Words {
    private static final Set<String> STOP = Set.of("an", "and", "are", "as", "at", "be", "by", "for", "from", "in",
            "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "with");

    private Words() {
    }

    /** @return each word with its count, in first-seen order */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (w.length() >= 2 && w.length() <= 100 && !STOP.contains(w)) {
                    out.merge(w, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** @return the distinct words */
    static Set<String> distinct(String text) {
        return new LinkedHashSet<>(counts(text).keySet());
    }
}
