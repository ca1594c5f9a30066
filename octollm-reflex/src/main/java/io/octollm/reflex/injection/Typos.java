package io.octollm.reflex.injection;

/**
 * Recognises one-edit misspellings (substitution, transposition, a dropped or an inserted letter)
 * of the few words attacks hinge on: "ingore", "disregrad", "instructons". A word that only adds
 * a suffix ("ignores", "ignored") is not a typo. Stateless and thread-safe.
 */
final class Typos {
    private static final String[][] BY_FIRST = new String[26][];
    private static final int LENGTHS = 32;
    /** first letter * 32 + word length → some key is within one edit at that length. */
    private static final boolean[] POSSIBLE = new boolean[26 * LENGTHS];
    /** Letter signatures of {@link #BY_FIRST}, same layout. */
    private static final int[][] SIGS = new int[26][];
    /** By first letter: the second and third letters of the keys that start with it, as bits. */
    private static final int[] SECOND_THIRD = new int[26];

    static {
        String[] keys = {"ignore", "disregard", "instructions", "instruction", "previous", "forget", "override",
            "prompt", "bypass", "restrictions", "guidelines", "system"};
        java.util.List<java.util.List<String>> lists = new java.util.ArrayList<>();
        for (int i = 0; i < 26; i++) {
            lists.add(new java.util.ArrayList<>());
        }
        for (String k : keys) {
            lists.get(k.charAt(0) - 'a').add(k);
        }
        for (int i = 0; i < 26; i++) {
            BY_FIRST[i] = lists.get(i).toArray(new String[0]);
            SIGS[i] = new int[BY_FIRST[i].length];
            for (int j = 0; j < BY_FIRST[i].length; j++) {
                SIGS[i][j] = signature(BY_FIRST[i][j]);
            }
            for (String k : BY_FIRST[i]) {
                SECOND_THIRD[i] |= (1 << (k.charAt(1) - 'a')) | (1 << (k.charAt(2) - 'a'));
                for (int len = k.length() - 1; len <= k.length() + 1; len++) {
                    if (len < LENGTHS) {
                        POSSIBLE[i * LENGTHS + len] = true;
                    }
                }
            }
        }
    }


    private Typos() {
    }

    /**
     * Whether a word of at least three letters can be a misspelling of a key: some key has its first letter, a
     * length within one of its own, and its second or third letter in the word's second or third place (an edit
     * after the second letter keeps that letter, a substitution or insertion there keeps the third, a dropped
     * second letter or a swap of the second and third brings the third forward).
     *
     * @param first the word's first letter, lower-case
     * @param second its second letter, lower-case
     * @param third its third letter, lower-case
     * @param len its length
     * @return false when the word cannot be a misspelling of a key
     */
    static boolean mayMatch(char first, char second, char third, int len) {
        int f = first - 'a';
        return f >= 0 && f < 26 && len < LENGTHS && POSSIBLE[f * LENGTHS + len]
                && ((bit(second) | bit(third)) & SECOND_THIRD[f]) != 0;
    }

    private static int bit(char c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
    }

    /** @return the lexicon id of the word {@code buf[0..len)} is a one-edit misspelling of, or -1 */
    static int match(char[] buf, int len) {
        int f = buf[0] - 'a';
        if (len < 3 || !mayMatch(buf[0], buf[1], buf[2], len)) {
            return -1;
        }
        int sig = signature(buf, len);
        String[] keys = BY_FIRST[f];
        int[] sigs = SIGS[f];
        for (int j = 0; j < keys.length; j++) {
            // one edit changes the set of letters by at most two: a cheap necessary test first
            if (Integer.bitCount(sig ^ sigs[j]) <= 2 && within1(buf, len, keys[j])) {
                return Lexicon.id(keys[j]);
            }
        }
        return -1;
    }

    /** The set of letters a..z in the word as bits (anything else as bit 26). */
    private static int signature(String w) {
        return signature(w.toCharArray(), w.length());
    }

    private static int signature(char[] w, int len) {
        int sig = 0;
        for (int i = 0; i < len; i++) {
            int c = w[i] - 'a';
            sig |= 1 << (c >= 0 && c < 26 ? c : 26);
        }
        return sig;
    }

    private static boolean within1(char[] a, int n, String b) {
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        int lim = Math.min(n, m);
        while (i < lim && a[i] == b.charAt(i)) {
            i++;
        }
        if (i == lim) {
            return n == m - 1 && n >= 5; // "ignor"; an added suffix ("ignores") is a real word, not a typo
        }
        if (n == m) {
            if (rest(a, i + 1, n, b, i + 1)) {
                return true;
            }
            return i + 1 < n && a[i] == b.charAt(i + 1) && a[i + 1] == b.charAt(i) && rest(a, i + 2, n, b, i + 2);
        }
        if (n == m + 1) {
            return rest(a, i + 1, n, b, i);
        }
        return rest(a, i, n, b, i + 1);
    }

    private static boolean rest(char[] a, int ai, int n, String b, int bi) {
        if (n - ai != b.length() - bi) {
            return false;
        }
        for (; ai < n; ai++, bi++) {
            if (a[ai] != b.charAt(bi)) {
                return false;
            }
        }
        return true;
    }
}
