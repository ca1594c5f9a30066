package io.octollm.reflex.internal;

/** Internal, may change. Keyword comparison for the scanners. Stateless and thread-safe. */
public final class Ascii {
    private Ascii() {
    }

    /**
     * {@code s.regionMatches(true, at, word, 0, word.length())} for the scanners, cheaper: ASCII letters
     * are folded with one OR on both sides, other characters through {@link Character#toLowerCase(char)}.
     *
     * @param s the text
     * @param at where the word would start (out-of-range positions give false)
     * @param word the word, any case
     * @return true when {@code s} holds {@code word} at {@code at}, ignoring case
     */
    public static boolean regionEqualsIgnoreCase(String s, int at, String word) {
        return regionEqualsIgnoreCase(s, at, word, word.length());
    }

    /**
     * Like {@link #regionEqualsIgnoreCase(String, int, String)} for the first {@code m} characters of the word.
     *
     * @param s the text
     * @param at where the word would start (out-of-range positions give false)
     * @param word the word, any case
     * @param m how many of its characters to compare, at most its length
     * @return true when {@code s} holds {@code word}'s first {@code m} characters at {@code at}, ignoring case
     */
    public static boolean regionEqualsIgnoreCase(String s, int at, String word, int m) {
        if (at < 0 || at > s.length() - m) {
            return false;
        }
        for (int k = 0; k < m; k++) {
            char c = s.charAt(at + k);
            char w = word.charAt(k);
            if (c == w) {
                continue;
            }
            if (c < 128 && w < 128) {
                char lc = (char) (c | 0x20);
                if (lc < 'a' || lc > 'z' || lc != (w | 0x20)) {
                    return false;
                }
            } else if (Character.toLowerCase(c) != Character.toLowerCase(w)) {
                return false;
            }
        }
        return true;
    }
}
