package io.octollm.reflex.injection;

import io.octollm.reflex.internal.Ascii;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One pass over the text that folds characters, builds word tokens and runs the marker scanners.
 * Every marker check reads a bounded number of characters, and the markdown-image check never
 * re-reads a region, so the pass is linear. One instance per scan; not thread-safe.
 */
final class Scanner {
    private static final int MAX_WORD = 48;
    private static final int MAX_SPACED = 64;

    final String s;
    /** The text's characters, copied once per scan. */
    final char[] a;
    final int n;
    final Tokens tokens;
    /** Marker hits: type ordinal, start, end, detail (parallel lists). */
    final List<int[]> markers = new ArrayList<>(2);
    /** Positions of URLs and e-mail addresses. */
    int[] dest = new int[0];
    int destCount;
    /** Base64 / hex runs that decoded to readable text: start, end, kind (0 base64, 1 hex). */
    final List<int[]> payloads = new ArrayList<>(0);
    final List<String> decoded = new ArrayList<>(0);
    int sentences;
    int obfuscation;

    // word state
    private final char[] wbuf;
    private final int[] wpos;
    /**
     * Set while the current word is one run of ASCII letters: neither {@link #wbuf} nor {@link #wpos} is written,
     * letter k is {@code a[wstart + k]} lower-cased. {@link #letters()} writes them out when a rule needs them.
     */
    private boolean plainRun;
    private int wlen;
    private int wnode;
    private int wstart = -1;
    private int wend;
    private int wflags;
    private boolean wAscii;
    // spaced-letter run
    private final char[] sbuf;
    private final int[] spos;
    private int slen;
    private int markdownScanEnd;
    private int payloadBudget;

    Scanner(String s) {
        this.s = s;
        this.n = s.length();
        this.a = new char[n + 1]; // a[n] == 0: a sentinel no letter run reads past
        s.getChars(0, n, a, 0);
        this.tokens = new Tokens(n / 4 + 8); // about one word per five characters in prose
        this.payloadBudget = n;
        this.wbuf = new char[MAX_WORD];
        this.wpos = new int[MAX_WORD];
        this.sbuf = new char[MAX_SPACED];
        this.spos = new int[MAX_SPACED];
    }

    /** A scan over a thread's reusable arrays; the caller releases the workspace when done with the scan. */
    Scanner(String s, Workspace ws) {
        this.s = s;
        this.n = s.length();
        this.a = ws.chars(s);
        this.tokens = ws.tokens(n / 4 + 8);
        this.payloadBudget = n;
        // scratch buffers: every read of them follows a write in the same scan
        this.wbuf = ws.wbuf;
        this.wpos = ws.wpos;
        this.sbuf = ws.sbuf;
        this.spos = ws.spos;
    }

    /**
     * The big arrays of a scan, kept per thread so a scan does not allocate and zero them each time.
     * Texts over 64 K characters get fresh arrays. The text copy is wiped on release.
     */
    static final class Workspace {
        private static final int KEEP = 1 << 16;
        boolean busy;
        private char[] chars = new char[2048];
        private Tokens tokens = new Tokens(512);
        private final char[] wbuf = new char[MAX_WORD];
        private final int[] wpos = new int[MAX_WORD];
        private final char[] sbuf = new char[MAX_SPACED];
        private final int[] spos = new int[MAX_SPACED];
        // the matcher's trigger list and sentence-break memo
        private int[] ints = new int[512];
        private byte[] bytes = new byte[512];

        /** @return the text's characters followed by a 0 (a sentinel no letter run reads past) */
        char[] chars(String s) {
            int n = s.length();
            char[] c = chars.length > n ? chars : new char[n + 1];
            if (c != chars && n < KEEP) {
                chars = c;
            }
            s.getChars(0, n, c, 0);
            c[n] = 0;
            return c;
        }

        Tokens tokens(int capacity) {
            if (capacity > KEEP / 4) {
                return new Tokens(capacity);
            }
            tokens.size = 0;
            return tokens;
        }

        /** @return a scratch int array of at least {@code n} elements, contents undefined */
        int[] ints(int n) {
            if (ints.length < n) {
                if (n > KEEP) {
                    return new int[n];
                }
                ints = new int[n];
            }
            return ints;
        }

        /** @return a scratch byte array whose first {@code n} elements are zero */
        byte[] zeroedBytes(int n) {
            if (bytes.length < n) {
                if (n > KEEP) {
                    return new byte[n];
                }
                bytes = new byte[n];
                return bytes;
            }
            java.util.Arrays.fill(bytes, 0, n, (byte) 0);
            return bytes;
        }

        void release(int n) {
            java.util.Arrays.fill(chars, 0, Math.min(n, chars.length), '\0');
            busy = false;
        }
    }

    private static boolean leet(char c) {
        return c == '0' || c == '1' || c == '3' || c == '4' || c == '5' || c == '7' || c == '$';
    }

    private static char leetMap(char c) {
        switch (c) {
            case '0': return 'o';
            case '1': return 'i';
            case '3': return 'e';
            case '4': return 'a';
            case '5': return 's';
            case '7': return 't';
            case '@': return 'a';
            default: return 's';
        }
    }

    private static boolean isLetter(char f) {
        return (f >= 'a' && f <= 'z') || (f >= 128 && Character.isLetter(f));
    }

    private static boolean b64(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '=' || c == '-' || c == '_';
    }

    /** A run-together word is split only when it starts with one of these (cheap and enough for attacks). */
    private static final long SEGMENT_TRIGGER = Lexicon.IGN | Lexicon.REVEAL | Lexicon.ROLE_V | Lexicon.EXFIL_V
            | Lexicon.DECODE | Lexicon.FOLLOW | Lexicon.YOU | Lexicon.NOUN_STRONG | Lexicon.DIR | Lexicon.QUANT
            | Lexicon.MODEADJ | Lexicon.UNRESTR | Lexicon.WITHOUT | Lexicon.NEG;
    /**
     * By trie node: some word of at least four letters at or below it is a {@link #SEGMENT_TRIGGER}. A run-together
     * word whose first four letters lead to a node without one is never split.
     */
    private static final boolean[] SEGMENTABLE = segmentable();

    private static boolean[] segmentable() {
        int nodes = Lexicon.NEXT.length / 26;
        int[] depth = new int[nodes];
        // children are numbered after their parents: depths forwards, then the flags backwards from the leaves
        for (int node = 0; node < nodes; node++) {
            for (int c = 0; c < 26; c++) {
                int child = Lexicon.NEXT[node * 26 + c];
                if (child != 0) {
                    depth[child] = depth[node] + 1;
                }
            }
        }
        boolean[] flag = new boolean[nodes];
        for (int node = nodes - 1; node >= 0; node--) {
            int id = Lexicon.TERMINAL[node];
            boolean f = id >= 0 && depth[node] >= 4 && (Lexicon.BITS[id] & SEGMENT_TRIGGER) != 0;
            for (int c = 0; c < 26 && !f; c++) {
                int child = Lexicon.NEXT[node * 26 + c];
                f = child != 0 && flag[child];
            }
            flag[node] = f;
        }
        return flag;
    }

    private static final int C_LETTER = 1;
    private static final int C_LEET = 2;
    private static final int C_SPECIAL = 4;
    private static final int C_B64 = 8;
    private static final int C_MASK = 16;
    private static final byte[] CLS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            int k = 0;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                k |= C_LETTER;
            }
            if (leet(c)) {
                k |= C_LEET;
            }
            if ("\n?.!<[{$#;&|`-:@/_".indexOf(c) >= 0) {
                k |= C_SPECIAL;
            }
            if (b64(c)) {
                k |= C_B64;
            }
            if ("-._*/|~^!@#%?".indexOf(c) >= 0) {
                k |= C_MASK;
            }
            CLS[c] = (byte) k;
        }
    }

    void run() {
        char[] a = this.a;
        int n = this.n;
        int run = 0; // length of the base64-alphabet run ending before i
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c == ' ') {
                // the commonest character: ends a word, breaks a base64 run, nothing else
                if (run >= 20) {
                    payload(i - run, i);
                }
                run = 0;
                if (wstart >= 0) {
                    endWord();
                }
                continue;
            }
            if (c < 128) {
                int k = CLS[c];
                // branch-free run tracking; the rare long run is the only branch taken
                int next = (run + 1) & -((k >>> 3) & 1);
                if (run >= 20 && next == 0) {
                    payload(i - run, i);
                }
                run = next;
                if ((k & C_LETTER) != 0) {
                    // the common case, inlined: a run of ASCII letters, consumed in one tight loop
                    // with the word state in locals (fields only at the end of the run)
                    int wl;
                    int node;
                    char[] wb = wbuf;
                    int j = i;
                    if (wstart < 0) {
                        // a fresh word: pack its letters and look the word up once at its end
                        long key = 0;
                        int letter = (c | 0x20) - 'a'; // 0..25 while the run lasts
                        do {
                            key = (key << 5) | (letter + 1); // Lexicon.pack
                            letter = (a[++j] | 0x20) - 'a'; // the 0 at a[n] ends the run
                        } while (letter >= 0 && letter < 26); // only A-Z and a-z give 0..25 here
                        wl = j - i;
                        if (wl <= Lexicon.PACKED_LETTERS) {
                            node = Lexicon.prefixNode(key);
                        } else {
                            node = wl > MAX_WORD ? -1 : walkText(0, i, wl); // no lexicon word is longer
                        }
                        // the commonest word of all ends at a space: finish it here, from locals
                        if (a[j] == ' ' && run + j - i - 1 < 20 && plainWordAt(i, j, wl, node)) {
                            run = 0; // the space ends the base64 run, which is too short to decode
                            i = j;
                            continue;
                        }
                        wstart = i;
                        wAscii = true;
                        plainRun = true; // letter k is a[wstart + k] until the word grows some other way
                    } else {
                        // a word begun by a leet digit or a folded character: continue its trie walk
                        int[] wp = wpos;
                        wl = wlen;
                        node = wnode;
                        if (plainRun) {
                            letters();
                        }
                        while (true) {
                            char f = (char) (c | 0x20);
                            if (wl < MAX_WORD) {
                                wb[wl] = f;
                                wp[wl] = j;
                            }
                            wl++;
                            if (node >= 0) {
                                int child = Lexicon.NEXT[node * 26 + (f - 'a')];
                                node = child == 0 ? -1 : child;
                            }
                            j++;
                            if (j >= n) {
                                break;
                            }
                            c = a[j];
                            if (c >= 128 || (CLS[c] & C_LETTER) == 0) {
                                break;
                            }
                        }
                    }
                    wlen = wl;
                    wnode = node;
                    wend = j;
                    run += j - i - 1; // letters are base64 characters too
                    i = j - 1;
                } else if ((k & C_LEET) != 0 && (wstart >= 0 || nextIsLetter(i + 1))) {
                    wflags |= Tokens.OBF_LEET;
                    append(leetMap(c), i, i + 1);
                } else {
                    if (wstart >= 0) {
                        endWord();
                    }
                    if (c == '\'') {
                        apostrophe(i);
                    }
                    if ((k & C_SPECIAL) != 0) {
                        int skip = special(c, i);
                        if (skip > i) {
                            i = skip - 1;
                            run = 0;
                            if (skip < n && (a[skip - 1] == '/' || a[skip - 1] == '.') && pathWordAt(skip)) {
                                secretShape = true; // the stretch skipped unread ends with the slash or dot
                            }
                        }
                    }
                }
                continue;
            }
            if (run >= 20) {
                payload(i - run, i);
            }
            run = 0;
            if (c == '\u2019') {
                apostrophe(i);
            }
            char f;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])) {
                f = Folding.foldCodePoint(Character.toCodePoint(c, a[i + 1]));
                width = 2;
                if (f == Folding.DROP) {
                    obfuscation |= Tokens.OBF_INVISIBLE;
                    wflags |= Tokens.OBF_INVISIBLE;
                    i++;
                    continue;
                }
                if (f < 128) {
                    wflags |= Tokens.OBF_HOMOGLYPH;
                }
            } else {
                f = Folding.fold(c);
                if (f == Folding.DROP) {
                    obfuscation |= Tokens.OBF_INVISIBLE;
                    wflags |= Tokens.OBF_INVISIBLE;
                    continue;
                }
                if (f < 128 && Character.isLetter(c) && !isLatin(c)) {
                    wflags |= Tokens.OBF_HOMOGLYPH;
                    obfuscation |= Tokens.OBF_HOMOGLYPH;
                }
            }
            if (isLetter(f)) {
                append(f, i, i + width);
            } else {
                endWord();
            }
            i += width - 1;
        }
        endWord();
        flushSpaced();
        if (run >= 20) {
            payload(n - run, n);
        }
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF);
    }

    private boolean nextIsLetter(int j) {
        if (j >= n) {
            return false;
        }
        char c = a[j];
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        char f = Folding.fold(c);
        return f != Folding.DROP && isLetter(f);
    }

    /** Writes the letters of a {@link #plainRun} word and their positions into {@link #wbuf} and {@link #wpos}. */
    private void letters() {
        for (int k = 0; k < wlen && k < MAX_WORD; k++) {
            wbuf[k] = (char) (a[wstart + k] | 0x20);
            wpos[k] = wstart + k;
        }
        plainRun = false;
    }

    private void append(char f, int from, int to) {
        if (wstart < 0) {
            wstart = from;
            wnode = 0;
            wlen = 0;
            wAscii = true;
            plainRun = false;
        } else if (plainRun) {
            letters();
        }
        if (wlen < MAX_WORD) {
            wbuf[wlen] = f;
            wpos[wlen] = from;
        }
        wlen++;
        wnode = Lexicon.step(wnode, f);
        if (f >= 128) {
            wAscii = false;
        }
        wend = to;
    }

    /**
     * The path for the common word, a run of ASCII letters {@code [from, to)} with no spaced letters pending, no
     * join possible and no leet retry (only a long unknown word, which may need a split, or a typo candidate
     * needs {@link #endWord}'s full path): adds the token and notes a possible join of an unknown word. The run
     * loop calls it for a word that a space ends, before any word state is written; {@link #endWord} for the
     * others, and then notes a join of a known word that a masking character follows.
     *
     * @param len the word's length
     * @param node its trie node, or -1
     * @return whether the word was added; when false nothing changed
     */
    private boolean plainWordAt(int from, int to, int len, int node) {
        if (len < 2 || slen != 0 || pstart >= 0 || (wflags & Tokens.OBF_LEET) != 0) {
            return false;
        }
        int id = len <= MAX_WORD ? Lexicon.terminal(node) : -1;
        if (id >= 0 || len < 5 || (len < 10 && !Typos.mayMatch((char) (a[from] | 0x20),
                (char) (a[from + 1] | 0x20), (char) (a[from + 2] | 0x20), len))) {
            tokens.add(id, from, to, wflags);
            // a short unknown word with a lexicon prefix can start a join (pstart is already -1); a known word
            // only where a masking character follows it, which the caller checks
            if (len <= 8 && node > 0 && id < 0) {
                plen = len;
                pnode = node;
                pstart = from;
                pend = to;
            }
            wflags = 0;
            return true;
        }
        return false;
    }

    private void endWord() {
        if (wstart < 0) {
            return;
        }
        if (plainRun && plainWordAt(wstart, wend, wlen, wnode)) {
            if (pstart < 0 && wlen <= 8 && wnode > 0) {
                remember(); // a known word that one masking character glues to the next letters ("prev-ious")
            }
            wstart = -1;
            return;
        }
        int id = wlen <= MAX_WORD ? Lexicon.terminal(wnode) : -1;
        if (id < 0 && (wflags & Tokens.OBF_LEET) != 0 && wlen <= MAX_WORD) {
            id = leetAsL();
        }
        if (wlen == 1 && wAscii) {
            if (slen > 0 && wstart - spos[slen - 1] > 3) {
                flushSpaced();
            }
            if (slen < MAX_SPACED) {
                sbuf[slen] = plainRun ? (char) (a[wstart] | 0x20) : wbuf[0];
                spos[slen] = wstart;
                slen++;
            } else {
                flushSpaced();
            }
        } else {
            flushSpaced();
            int prefix;
            if (id < 0 && wAscii && wlen >= 10 && wlen <= MAX_WORD && (prefix = longestPrefix()) >= 0
                    && (Lexicon.BITS[prefix] & SEGMENT_TRIGGER) != 0) {
                if (plainRun) {
                    letters();
                }
                if (!segment(wbuf, wpos, wlen, true, wflags | Tokens.OBF_JOINED)) {
                    tokens.add(-1, wstart, wend, wflags);
                }
            } else {
                boolean mergeable = wAscii && wlen <= 8 && (id < 0 || maskedGap());
                if (!mergeable || !merge(id)) {
                    int fid = -1;
                    if (id < 0 && wAscii && wlen >= 5 && wlen <= 13 && Typos.mayMatch(letter(0), letter(1), letter(2), wlen)) {
                        if (plainRun) {
                            letters();
                        }
                        fid = Typos.match(wbuf, wlen);
                    }
                    if (fid >= 0) {
                        tokens.add(fid, wstart, wend, wflags | Tokens.OBF_TYPO);
                        obfuscation |= Tokens.OBF_TYPO;
                    } else {
                        tokens.add(id, wstart, wend, wflags);
                    }
                }
            }
            remember();
        }
        wstart = -1;
        wflags = 0;
    }

    /** @return letter {@code k} of the current word (below its length and {@link #MAX_WORD}), lower-cased */
    private char letter(int k) {
        return plainRun ? (char) (a[wstart + k] | 0x20) : wbuf[k];
    }


    /** Leetspeak '1' stands for 'l' as often as for 'i' ("ru1es"): retry the word with 'l'. Leet words only. */
    private int leetAsL() {
        if (plainRun) {
            letters();
        }
        int node = 0;
        boolean changed = false;
        for (int k = 0; k < wlen && node >= 0; k++) {
            char f = wbuf[k];
            if (f == 'i' && a[wpos[k]] == '1') {
                f = 'l';
                changed = true;
            }
            node = Lexicon.step(node, f);
        }
        return changed ? Lexicon.terminal(node) : -1;
    }

    /**
     * @return the longest lexicon word of at least four letters that starts the current word, or -1 (also when
     *     no word under its first four letters is a {@link #SEGMENT_TRIGGER}, so the longest cannot be one)
     */
    private int longestPrefix() {
        int node = 0;
        int best = -1;
        for (int k = 0; k < wlen && node >= 0; k++) {
            node = Lexicon.step(node, letter(k));
            if (k == 3 && node > 0 && !SEGMENTABLE[node]) {
                return -1;
            }
            if (k >= 3 && node > 0 && Lexicon.terminal(node) >= 0) {
                best = Lexicon.terminal(node);
            }
        }
        return best;
    }

    // last emitted unknown short word, for re-joining words split by a space ("igno re"): its length, trie node
    // (which stands for its letters) and span
    private int plen;
    private int pnode;
    private int pstart = -1;
    private int pend;

    private void remember() {
        pstart = -1;
        // only a short ASCII word that some lexicon word starts with can be the first half of a join
        if (!wAscii || wlen > 8 || wnode <= 0) {
            return;
        }
        int last = tokens.size - 1;
        if (last < 0 || tokens.end[last] != wend) {
            return;
        }
        // a known word is kept only when one masking character glues it to the next letters ("prev-ious")
        if (tokens.id[last] < 0 || (wend + 1 < n && maskChar(a[wend]) && nextIsLetter(wend + 1))) {
            plen = wlen;
            pnode = wnode;
            pstart = wstart;
            pend = wend;
        }
    }

    /**
     * Characters that mask a keyword when put inside it: "Dis-regard", "inst.ructions", "S_y_s_t_e_m", "ign*re".
     * The apostrophe is left out ("you're", "don't" are ordinary words).
     */
    private static boolean maskChar(char c) {
        return c < 128 && (CLS[c] & C_MASK) != 0;
    }

    /** Masking characters that usually stand for a letter: "ign*re", "d!sregard", "s@fety", "byp@ss". */
    private static boolean wildcardChar(char c) {
        return c == '*' || c == '!' || c == '@' || c == '#' || c == '%' || c == '?';
    }

    /** The remembered word and the current word are separated by exactly one masking character. */
    private boolean maskedGap() {
        return pstart >= 0 && wstart - pend == 1 && maskChar(a[pend]);
    }

    /**
     * Joins this word with the previous word when together they form a lexicon word: across spaces for two
     * unknown pieces ("igno re"), across one masking character for any pieces ("prev-ious"), and with a
     * wildcard character read as any one letter ("ign*re" = "ignore"). Bounded: 26 trie walks of at most
     * eight letters.
     *
     * @param curId the current word's own lexicon id, or -1
     */
    private boolean merge(int curId) {
        if (pstart < 0 || wstart - pend > 2 || tokens.size == 0 || tokens.end[tokens.size - 1] != pend) {
            return false;
        }
        boolean masked = maskedGap();
        if (!masked) {
            // a known word is not re-joined across a space, except a lone letter ("i gnore")
            if (curId >= 0 || (tokens.id[tokens.size - 1] >= 0 && plen > 1)) {
                return false;
            }
            for (int p = pend; p < wstart; p++) {
                if (a[p] != ' ') {
                    return false;
                }
            }
        }
        int id = Lexicon.terminal(walk(pnode));
        int joined = plen + wlen;
        if (id < 0 && masked && wildcardChar(a[pend])) {
            for (char c = 'a'; c <= 'z' && id < 0; c++) {
                id = Lexicon.terminal(walk(Lexicon.step(pnode, c)));
            }
            joined++;
        }
        if (id < 0 || joined < 5) {
            return false;
        }
        int last = tokens.size - 1;
        tokens.id[last] = id;
        tokens.end[last] = wend;
        tokens.flags[last] |= wflags | Tokens.OBF_SPACED;
        obfuscation |= Tokens.OBF_SPACED;
        pstart = -1;
        wAscii = false; // do not remember the merged word
        return true;
    }

    /** @return the trie node reached from {@code node} by the ASCII letters {@code a[from, from + len)}, lower-cased */
    private int walkText(int node, int from, int len) {
        for (int k = 0; k < len && node >= 0; k++) {
            node = Lexicon.step(node, (char) (a[from + k] | 0x20));
        }
        return node;
    }

    /** Steps the current word's letters from {@code node} (a plain word's straight from the text). */
    private int walk(int node) {
        int len = Math.min(wlen, MAX_WORD);
        if (plainRun) {
            return walkText(node, wstart, len);
        }
        for (int k = 0; k < len && node >= 0; k++) {
            node = Lexicon.step(node, wbuf[k]);
        }
        return node;
    }

    /** Three letters each followed by one punctuation character ("D.A.N", "D-A-N"): one word if it is one. */
    private boolean shortMasked() {
        if (slen != 3) {
            return false;
        }
        int node = 0;
        for (int k = 0; k < 3; k++) {
            if (k > 0 && (spos[k] - spos[k - 1] != 2 || !maskChar(a[spos[k] - 1]))) {
                return false;
            }
            node = Lexicon.step(node, sbuf[k]);
        }
        int id = Lexicon.terminal(node);
        if (id < 0) {
            return false;
        }
        tokens.add(id, spos[0], spos[2] + 1, Tokens.OBF_SPACED);
        obfuscation |= Tokens.OBF_SPACED;
        pstart = -1;
        return true;
    }

    private void flushSpaced() {
        if (slen == 0) {
            return;
        }
        if (shortMasked()) {
            slen = 0;
            return;
        }
        if (slen >= 4) {
            obfuscation |= Tokens.OBF_SPACED;
            segment(sbuf, spos, slen, false, Tokens.OBF_SPACED);
        } else {
            for (int k = 0; k < slen; k++) {
                int node = Lexicon.step(0, sbuf[k]);
                tokens.add(Lexicon.terminal(node), spos[k], spos[k] + 1, 0);
            }
            // a lone letter may start a word split by a space: "i gnore"
            plen = 1;
            pnode = Lexicon.step(0, sbuf[slen - 1]);
            pstart = pnode > 0 ? spos[slen - 1] : -1;
            pend = spos[slen - 1] + 1;
        }
        slen = 0;
    }

    /** Greedy longest-match segmentation of run-together letters into lexicon words. */
    private boolean segment(char[] buf, int[] pos, int len, boolean requireCoverage, int flags) {
        int covered = 0;
        int p = 0;
        int mark = tokens.size;
        while (p < len) {
            int node = 0;
            int best = -1;
            int bestId = -1;
            boolean bestViable = false;
            for (int q = p; q < len; q++) {
                node = Lexicon.step(node, buf[q]);
                if (node < 0) {
                    break;
                }
                int id = Lexicon.terminal(node);
                if (id >= 0 && q - p + 1 >= 2) {
                    // prefer the longest word after which another word can start ("your|system", not "yours|ystem")
                    boolean viable = q + 1 >= len || Lexicon.step(Lexicon.step(0, buf[q + 1]),
                            q + 2 < len ? buf[q + 2] : 'a') >= 0;
                    if (viable || !bestViable) {
                        best = q;
                        bestId = id;
                        bestViable = viable;
                    }
                }
            }
            if (best < 0) {
                p++;
                continue;
            }
            tokens.add(bestId, pos[p], pos[best] + 1, flags);
            covered += best - p + 1;
            p = best + 1;
        }
        if (requireCoverage && covered * 10 < len * 8) {
            tokens.size = mark;
            return false;
        }
        if (!requireCoverage) {
            return true;
        }
        obfuscation |= Tokens.OBF_JOINED;
        return true;
    }

    // ------------------------------------------------------------------ markers

    private void marker(InjectionType type, int start, int end) {
        markers.add(new int[] {type.ordinal(), start, Math.min(end, n)});
    }

    /** "etc", "ssh", "aws" or "gnupg" starts at {@code i}: after a slash or dot, the start of a secret file's path. */
    private boolean pathWordAt(int i) {
        return at(i, "etc") || at(i, "ssh") || at(i, "aws") || at(i, "gnupg");
    }

    private boolean at(int i, String lower) {
        return Ascii.regionEqualsIgnoreCase(s, i, lower);
    }

    private static final String[] LT = {"<|im_start|>", "<|im_end|>", "<|system|>", "<|endoftext|>", "<|user|>",
        "<|assistant|>", "<|start_header_id|>", "<|eot_id|>", "</system>", "<<sys>>", "<</sys>>",
        "</prompt>", "</instructions>", "<!-- end", "<!--end", "</user>", "</context>"};
    /**
     * Set when the text may name a secret file: a slash or dot before "etc", "ssh", "aws" or "gnupg", or "id_".
     * Every character before a token is read by {@link #special} or ends a stretch it skipped (which is checked
     * too), so false guarantees that no token is such a path word.
     */
    boolean secretShape;
    /**
     * Set when an apostrophe is followed by an 'r' or an 'l' (any case): only then can a "you're" or "you'll"
     * make the token after "you" a verb, so the matcher looks for contractions only then.
     */
    boolean contractionMark;

    private void apostrophe(int i) {
        if (i + 1 < n) {
            char r = a[i + 1];
            char lc = r < 128 ? (char) (r | 0x20) : Character.toLowerCase(r);
            contractionMark |= lc == 'r' || lc == 'l';
        }
    }
    /** Set when a script-ish data grab is seen; reported only if the text also names a URL or address. */
    int cookieGrab = -1;
    private static final String[] LB = {"[inst]", "[/inst]", "[system]", "[/system]", "[end]", "[system message]",
        "[end of prompt]", "[admin]"};
    private static final String[] CMDS = {"rm ", "curl ", "wget ", "nc ", "bash", "sh ", "sh\n", "chmod ", "shutdown",
        "reboot", "mkfifo", "powershell", "python -c", "perl -e", "cat /etc/", "whoami", "/bin/sh", "/bin/bash"};
    private static final String[] PIPE_CMDS = {"sh", "bash", "zsh", "nc ", "powershell", "iex", "python", "sudo "};
    private static final String[] TPL = {"config", "self", "request", "''.__class__", "\"\".__class__", "lipsum",
        "cycler", "joiner", "namespace", "7*7", "7 * 7", "__"};
    private static final String[] LOOKUP = {"jndi:", "env:", "sys:", "java:", "lower:", "upper:", "::-", "date:",
        "main:", "base64:", "7*7", "t(java", "runtime"};

    /** @return the index to continue from when a URL or address was skipped, else {@code i} */
    private int special(char c, int i) {
        switch (c) {
            case '\n':
            case '?':
            case '.':
            case '!':
                sentences++;
                if (c == '.' && pathWordAt(i + 1)) {
                    secretShape = true;
                }
                if (c == '.' && i >= 8 && at(i - 8, "document.cookie")) {
                    cookieGrab = i - 8;
                }
                if (c == '!' && i + 1 < n && a[i + 1] == '[' && i >= markdownScanEnd) {
                    markdown(i);
                }
                break;
            case '<':
                for (String p : LT) {
                    if (at(i, p)) {
                        if (p.equals("</system>") && dataElement(i)) {
                            return i; // "<system>Linux 5.15</system>": an XML element holding a value
                        }
                        marker(InjectionType.DELIMITER_INJECTION, i, i + p.length());
                        return i;
                    }
                }
                if (at(i, "<%") && i + 2 < n) {
                    int lim = Math.min(n, i + 60);
                    for (int q = i + 2; q < lim; q++) {
                        if (at(q, "runtime") || at(q, "exec") || at(q, "system(") || at(q, "process")) {
                            marker(InjectionType.TEMPLATE_INJECTION, i, q + 4);
                            return i;
                        }
                    }
                }
                break;
            case '[':
                for (String p : LB) {
                    if (at(i, p)) {
                        marker(InjectionType.DELIMITER_INJECTION, i, i + p.length());
                        return i;
                    }
                }
                break;
            case '{':
                if (at(i, "{prompt}") || at(i, "{/prompt}")) {
                    marker(InjectionType.DELIMITER_INJECTION, i, i + 8);
                } else if (i + 1 < n && (a[i + 1] == '{' || a[i + 1] == '%')) {
                    int q = i + 2;
                    while (q < n && q - i < 6 && a[q] == ' ') {
                        q++;
                    }
                    for (String p : TPL) {
                        if (at(q, p)) {
                            marker(InjectionType.TEMPLATE_INJECTION, i, q + p.length());
                            return i;
                        }
                    }
                    if (a[i + 1] == '%' && (at(q, "import") || at(q, "include") || at(q, "exec"))) {
                        marker(InjectionType.TEMPLATE_INJECTION, i, q + 6);
                    }
                }
                break;
            case '$':
                if (i + 1 < n && a[i + 1] == '{') {
                    for (String p : LOOKUP) {
                        if (at(i + 2, p)) {
                            marker(InjectionType.TEMPLATE_INJECTION, i, i + 2 + p.length());
                            return i;
                        }
                    }
                } else if (i + 1 < n && a[i + 1] == '(') {
                    command(i, i + 2, CMDS);
                }
                break;
            case '#':
                // "### Instruction:" alone is the usual fine-tuning prompt template, not a role switch
                if (at(i, "### system") || at(i, "###system") || at(i, "### new instruction")) {
                    marker(InjectionType.DELIMITER_INJECTION, i, i + 10);
                }
                break;
            case ';':
                command(i, i + 1, CMDS);
                break;
            case '&':
                if (i + 1 < n && a[i + 1] == '&') {
                    command(i, i + 2, CMDS);
                }
                break;
            case '|':
                command(i, i + (i + 1 < n && a[i + 1] == '|' ? 2 : 1), PIPE_CMDS);
                break;
            case '`':
                if (at(i, "```system") || at(i, "``` system")) {
                    marker(InjectionType.DELIMITER_INJECTION, i, i + 9);
                    return i;
                }
                command(i, i + 1, CMDS);
                break;
            case '-':
                if (at(i, "--!>")) {
                    marker(InjectionType.DELIMITER_INJECTION, i, i + 4);
                } else if (i >= 3 && (at(i - 3, "rm -rf ") || at(i - 3, "rm -fr ")) && i + 4 < n
                        && "/~*$.".indexOf(a[i + 4]) >= 0 && !cacheTarget(i + 4)) {
                    marker(InjectionType.COMMAND_INJECTION, i - 3, i + 5);
                }
                break;
            case ':':
                if (at(i, ":::end:::")) {
                    marker(InjectionType.DELIMITER_INJECTION, i, i + 9);
                } else if (at(i, "://") && i >= 2 && Character.isLetter(a[i - 1])) {
                    addDest(i);
                    return urlEnd(i + 3);
                } else if (i >= 6 && at(i - 6, "mailto")) {
                    addDest(i);
                }
                break;
            case '@':
                if ((i == 0 || a[i - 1] == ' ') && i + 1 < n && (nextIsLetter(i + 1) || leet(a[i + 1]))) {
                    wflags |= Tokens.OBF_LEET; // "@bove": leetspeak 'a' at the start of a word
                    append('a', i, i + 1);
                    break;
                }
                if (i > 0 && i + 3 < n && Character.isLetterOrDigit(a[i - 1]) && Character.isLetter(a[i + 1])) {
                    int lim = Math.min(n, i + 64);
                    for (int q = i + 2; q < lim; q++) {
                        char d = a[q];
                        if (d == '.') {
                            addDest(i);
                            return urlEnd(i + 1);
                        }
                        if (!(Character.isLetterOrDigit(d) || d == '-')) {
                            break;
                        }
                    }
                }
                break;
            case '/':
                if (pathWordAt(i + 1)) {
                    secretShape = true;
                }
                break;
            case '_':
                if (i >= 2 && at(i - 2, "id")) {
                    secretShape = true;
                }
                break;
            default:
                break;
        }
        return i;
    }

    /**
     * The target of {@code rm -rf} is a cache or build directory below home or the working directory
     * ("~/.cache/pip", "./build", "~/.m2/repository/x"), not the root, home itself or a glob. Reads at most 24 characters.
     */
    private boolean cacheTarget(int p) {
        int q = p;
        if (q < n && (a[q] == '~' || a[q] == '.')) {
            q++;
        }
        if (q + 1 >= n || a[q] != '/' || !(a[q + 1] == '.' || Character.isLetter(a[q + 1]))) {
            return false;
        }
        int lim = Math.min(n, q + 24);
        for (int k = q + 1; k < lim; k++) {
            char d = a[k];
            if (d == '*' || d == '$' || d == '`' || d == ';' || d == '|' || d == '&') {
                return false;
            }
            if (d == ' ' || d == '\n' || d == '\'' || d == '"') {
                break;
            }
        }
        int w = a[q + 1] == '.' ? q + 2 : q + 1;
        return at(w, "cache") || at(w, "tmp") || at(w, "build") || at(w, "target") || at(w, "dist")
                || at(w, "node_modules") || at(w, "npm") || at(w, "m2/") || at(w, "gradle");
    }

    /**
     * A closing {@code </system>} whose opening tag is on the same line at most 40 characters before and whose
     * content is a short value without a colon ("<system>Linux 5.15</system>"). Reads at most 40 characters.
     */
    private boolean dataElement(int close) {
        int lim = Math.max(0, close - 40);
        for (int p = close - 1; p >= lim; p--) {
            char d = a[p];
            if (d == '\n' || d == ':' || (d == '>' && (p < 7 || !at(p - 7, "<system>")))) {
                return false;
            }
            if (d == '>') {
                return close - p - 1 <= 24 && close - p - 1 > 0;
            }
        }
        return false;
    }

    private int urlEnd(int from) {
        int p = from;
        while (p < n && p - from < 2000) {
            char d = a[p];
            if (d <= ' ' || d == '"' || d == '<' || d == '>' || d == ')' || d == ']' || d == '\'' || d == '`') {
                break;
            }
            p++;
        }
        return p;
    }

    private void addDest(int i) {
        if (destCount == dest.length) {
            dest = java.util.Arrays.copyOf(dest, Math.max(4, destCount * 2));
        }
        dest[destCount++] = i;
    }

    private void command(int at, int from, String[] cmds) {
        int q = from;
        while (q < n && q - from < 3 && a[q] == ' ') {
            q++;
        }
        for (String p : cmds) {
            if (at(q, p)) {
                marker(InjectionType.COMMAND_INJECTION, at, q + p.length());
                return;
            }
        }
    }

    /** {@code ![alt](url)} whose URL carries data in its query. */
    private void markdown(int i) {
        int lim = Math.min(n, i + 300);
        int q = i + 2;
        while (q < lim && a[q] != ']' && a[q] != '\n') {
            q++;
        }
        if (q + 1 >= n || a[q] != ']' || a[q + 1] != '(') {
            markdownScanEnd = q;
            return;
        }
        int us = q + 2;
        int ulim = Math.min(n, us + 2000);
        int u = us;
        int query = -1;
        boolean data = false;
        while (u < ulim && a[u] != ')' && a[u] != ' ' && a[u] != '\n') {
            char d = a[u];
            if (d == '?') {
                query = u;
            } else if (query >= 0 && (d == '{' || d == '[' || d == '<' || d == '$' || d == '%')) {
                data = true;
            }
            u++;
        }
        markdownScanEnd = u;
        if (query < 0 || !(at(us, "http://") || at(us, "https://") || at(us, "//"))) {
            return;
        }
        if (!data) {
            data = upperPlaceholder(query, u);
        }
        if (!data) {
            int valueLen = u - query;
            data = valueLen > 60;
            for (String w : new String[] {"data=", "conversation", "history", "secret", "prompt", "chat=", "summary",
                "password", "token=", "key=", "q=", "d=", "msg=", "c="}) {
                int lim2 = u - w.length();
                for (int k = query; k <= lim2 && !data; k++) {
                    if (at(k, w)) {
                        data = true;
                    }
                }
            }
        }
        if (data) {
            marker(InjectionType.DATA_EXFILTRATION, i, Math.min(n, u + 1));
        }
    }

    /** A query value that is an upper-case template slot ("?u=USER_EMAIL"): the model is asked to fill it. */
    private boolean upperPlaceholder(int query, int end) {
        int run = 0;
        boolean under = false;
        for (int p = query + 1; p < end; p++) {
            char d = a[p];
            if (d == '=' || d == '&') {
                run = 0;
                under = false;
            } else if ((d >= 'A' && d <= 'Z') || d == '_') {
                under |= d == '_';
                if (++run >= 5 && under && (p + 1 >= end || a[p + 1] == '&')) {
                    return true;
                }
            } else {
                run = -1000;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ payloads

    private void payload(int from, int to) {
        int len = to - from;
        if (len > payloadBudget || len > 100_000) {
            return;
        }
        boolean hex = len % 2 == 0;
        int upper = 0;
        int lower = 0;
        int digits = 0;
        for (int k = from; k < to; k++) {
            char c = a[k];
            if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            }
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                hex = false;
            }
        }
        byte[] bytes = null;
        int kind;
        if (hex) {
            kind = 1;
            bytes = new byte[len / 2];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) Integer.parseInt(s, from + 2 * k, from + 2 * k + 2, 16);
            }
        } else {
            kind = 0;
            if (upper == 0 || lower == 0 || len < 20) {
                return;
            }
            String run = s.substring(from, to);
            int eq = run.indexOf('=');
            String body = eq >= 0 ? run.substring(0, eq) : run;
            if (body.indexOf('=') >= 0 || body.length() % 4 == 1) {
                return;
            }
            try {
                boolean url = body.indexOf('-') >= 0 || body.indexOf('_') >= 0;
                bytes = (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body.replace("=", ""));
            } catch (IllegalArgumentException e) {
                return;
            }
        }
        int printable = 0;
        int spaces = 0;
        for (byte b : bytes) {
            if (b >= 32 && b < 127) {
                printable++;
                if (b == ' ') {
                    spaces++;
                }
            } else if (b == '\n' || b == '\t' || b == '\r') {
                printable++;
            }
        }
        if (bytes.length < 8 || printable * 10 < bytes.length * 9 || spaces == 0) {
            return;
        }
        payloadBudget -= len;
        payloads.add(new int[] {from, to, kind});
        decoded.add(new String(bytes, StandardCharsets.US_ASCII));
    }
}
