package io.octollm.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tokenising for keyword search: lower-case words, stop words dropped, light suffix folding. Internal, may change. */
public final class Words {
    /** Common English words that carry no search meaning, plus request verbs. */
    public static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by",
            "with", "is", "are", "was", "be", "it", "this", "that", "as", "at", "from", "me", "my", "we", "our", "you",
            "your", "i", "please", "about", "what", "how", "which", "who", "do", "does", "can", "all", "any", "some",
            "into", "its", "there", "their", "then", "than", "so", "if", "not", "no");

    private Words() {
    }

    /**
     * @param text any text
     * @return its search terms in order, stop words removed, suffixes folded
     */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (sb.length() > 0) {
                String w = sb.toString().toLowerCase(Locale.ROOT);
                sb.setLength(0);
                if (!STOP.contains(w)) {
                    out.add(fold(w));
                }
            }
        }
        return out;
    }

    /**
     * @param w a lower-case word
     * @return the word with a plural or -ing/-ed suffix removed
     */
    public static String fold(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
