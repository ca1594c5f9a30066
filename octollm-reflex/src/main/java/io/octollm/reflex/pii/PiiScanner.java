package io.octollm.reflex.pii;

import io.octollm.reflex.Finding;
import io.octollm.reflex.Severity;
import io.octollm.reflex.internal.Ascii;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One left-to-right pass over the text. At each word boundary a candidate is tried by its first
 * character; every attempt reads a bounded number of characters and the scan then jumps past the
 * word, so the total cost is linear in the text length. Stateless and thread-safe.
 */
final class PiiScanner {
    private static final int MAX_GROUPS = 8;
    private static final int CTX = 48;

    private final boolean email;
    private final boolean phone;
    private final boolean ssn;
    private final boolean card;
    private final boolean ip;
    private final boolean iban;
    private final boolean secret;
    private final boolean mac;
    private final boolean crypto;
    private final boolean passport;
    private final boolean license;
    private final boolean mrn;
    private final boolean itin;
    private final boolean dob;
    private final boolean account;
    private final boolean routing;

    PiiScanner(Set<PiiType> types) {
        email = types.contains(PiiType.EMAIL);
        phone = types.contains(PiiType.PHONE);
        ssn = types.contains(PiiType.SSN);
        card = types.contains(PiiType.CREDIT_CARD);
        ip = types.contains(PiiType.IP_ADDRESS);
        iban = types.contains(PiiType.IBAN);
        secret = types.contains(PiiType.SECRET);
        mac = types.contains(PiiType.MAC_ADDRESS);
        crypto = types.contains(PiiType.CRYPTO_ADDRESS);
        passport = types.contains(PiiType.PASSPORT);
        license = types.contains(PiiType.DRIVERS_LICENSE);
        mrn = types.contains(PiiType.MEDICAL_RECORD_NUMBER);
        itin = types.contains(PiiType.ITIN);
        dob = types.contains(PiiType.DATE_OF_BIRTH);
        account = types.contains(PiiType.BANK_ACCOUNT);
        routing = types.contains(PiiType.ROUTING_NUMBER);
    }

    // ---------------------------------------------------------------- character classes

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWord(char c) {
        return (KIND[c] & K_WORD) != 0;
    }

    /**
     * A letter of a script written without spaces between words (Han, kana, Hangul, Thai, Lao): text such as
     * {@code 電話番号は+81-3-1234-5678です} glues entities to such letters, so they bound a match like punctuation.
     */
    static boolean spaceless(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F)
                || (c >= 0x0E00 && c <= 0x0EFF);
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Per-scan mutable state; one per call. */
    private static final class Scan {
        final String s;
        final int n;
        List<Finding> out;
        int pemEndCache = -2;
        int pemEndFrom = -1;
        final int[] gStart = new int[MAX_GROUPS];
        final int[] gEnd = new int[MAX_GROUPS];
        final char[] sep = new char[MAX_GROUPS];
        final int[] digits = new int[24];

        Scan(String s) {
            this.s = s;
            this.n = s.length();
        }

        void add(PiiType type, int start, int end, double confidence, String detail) {
            add(type, start, end, confidence, type.severity(), detail);
        }

        void add(PiiType type, int start, int end, double confidence, Severity sev, String detail) {
            if (out == null) {
                out = new ArrayList<>(4);
            }
            out.add(new Finding(type.category(), type.name(), start, end, Math.min(1.0, confidence), sev, detail));
        }
    }

    private static final int K_DIGIT = 1;
    private static final int K_LETTER = 2;
    private static final int K_HEX = 4;
    private static final int K_WORD = 8;
    private static final int K_TRIGGER = 16;
    /**
     * An ASCII character that can anchor a match or needs a closer look (the skip loop of {@link #scan} stops
     * there): a digit, an upper-case letter, 'b' and 'B', one of {@code @ = : _ - " + ( # '}. Letters, space and
     * prose punctuation never anchor a match.
     */
    private static final int K_ANCHOR = 32;
    /** An ASCII letter. */
    private static final int K_ALPHA = 64;
    /** Every {@code char}'s kind, so that one load classifies any character. */
    private static final byte[] KIND = new byte[65536];

    static {
        for (int i = 0; i < KIND.length; i++) {
            char c = (char) i;
            int k = 0;
            if (c >= 128) {
                k = Character.isLetterOrDigit(c) && !spaceless(c) ? K_WORD | K_LETTER : 0;
                KIND[c] = (byte) k;
                continue;
            }
            if (isDigit(c)) {
                k |= K_DIGIT | K_WORD | K_HEX;
            }
            if (isAsciiLetter(c)) {
                k |= K_LETTER | K_WORD | K_ALPHA;
                if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                    k |= K_HEX;
                }
            }
            if (c == '_') {
                k |= K_WORD | K_LETTER;
            }
            if (c == '@' || c == '+' || c == '(' || c == '-' || c == ':') {
                k |= K_TRIGGER;
            }
            if (isDigit(c) || isUpper(c) || "@=:_-\"+(#'bB".indexOf(c) >= 0) {
                k |= K_ANCHOR;
            }
            KIND[c] = (byte) k;
        }
    }

    private static int kind(char c) {
        return KIND[c];
    }

    /**
     * Scans the text. Plain prose is skipped: every detection is anchored on, or reads within
     * {@value #REACH} characters before, a digit or one of {@code @ = : _ - " + ( #}, an
     * opening single quote, the words "bearer" and "basic" followed by a space, the J of a word-initial "eyJ",
     * or a word of at least {@value #LONG_WORD} word characters from an upper-case letter on (key and token
     * shapes); so only the stretches around those are scanned,
     * from the first word within {@value #REACH} characters before that can start a match ({@link #firstLive}).
     * {@link #scanAll} is the same scan over every word, the reference the tests compare this with.
     */
    List<Finding> scan(String s) {
        Scan sc = new Scan(s);
        int n = s.length();
        int done = 0; // everything before this was scanned, or is prose that cannot start a match
        int p = 0;
        while (true) {
            while (p < n && (KIND[s.charAt(p)] & K_ANCHOR) == 0) {
                p++;
            }
            if (p >= n) {
                break;
            }
            char c = s.charAt(p);
            if ((c == 'b' || c == 'B') && (p == 0 || (kind(s.charAt(p - 1)) & K_WORD) == 0) && bearerOrBasic(s, p)) {
                // "bearer <token>" and "basic <token>" are the only matches anchored on a plain word
                c = '#';
            } else if (c == 'b') {
                p++;
                continue;
            }
            if (isUpper(c)) {
                // a capitalised word is prose unless it is long (a key or token shape) or holds an anchor
                int e = p + 1;
                boolean anchor = false;
                while (e < n && e - p < LONG_WORD) {
                    char d = s.charAt(e);
                    if ((kind(d) & K_WORD) == 0) {
                        break;
                    }
                    anchor |= isDigit(d) || d == '_';
                    e++;
                }
                // ... or the J of a token's "eyJ" (a JWT of letters and dots has no other anchor)
                if (!anchor && e - p < LONG_WORD && !jwtStart(s, p)) {
                    p = e;
                    continue;
                }
            } else if (c == '\'' && p > 0 && (kind(s.charAt(p - 1)) & K_WORD) != 0) {
                p++; // an apostrophe after a letter: "don't", "users'"
                continue;
            }
            int from = Math.max(done, p - REACH);
            while (from > done && (kind(s.charAt(from - 1)) & K_WORD) != 0) {
                from--;
            }
            done = scanRange(sc, firstLive(s, from, p), p + 1);
            p = Math.max(p + 1, done);
        }
        return sc.out == null ? List.of() : sc.out;
    }

    /**
     * Where the scan of the stretch before the anchor at {@code to} has to start: the first word in
     * {@code [from, to)} that can start a match or move the scan ({@link #live}), else the start of the word
     * that runs into the anchor, else {@code to}. Every word passed over lies between two non-anchor characters,
     * so it is ASCII letters only and is read by the word scan with nothing found and nothing skipped; starting
     * after it changes nothing. {@code from} is 0, follows a non-word character or lies inside a word.
     */
    private static int firstLive(String s, int from, int to) {
        int n = s.length();
        int i = from;
        if (i > 0 && (KIND[s.charAt(i - 1)] & K_WORD) != 0) {
            while (i < to && (KIND[s.charAt(i)] & K_WORD) != 0) {
                i++; // the rest of a word: no word start in it
            }
        }
        while (true) {
            while (i < to && (KIND[s.charAt(i)] & K_WORD) == 0) {
                i++;
            }
            if (i >= to) {
                return to;
            }
            // a word start; the word scan passes over a word that starts with a non-ASCII letter
            char c = s.charAt(i);
            int e = i + 1;
            while (e < n && (KIND[s.charAt(e)] & K_ALPHA) != 0) {
                e++;
            }
            boolean letters = (KIND[c] & K_ALPHA) != 0;
            if (e < n && (KIND[s.charAt(e)] & K_WORD) != 0) {
                letters = false;
                while (e < n && (KIND[s.charAt(e)] & K_WORD) != 0) {
                    e++;
                }
            }
            if (e >= to || (c < 128 && (!letters || live(s, i, e)))) {
                return i;
            }
            i = e + 1;
        }
    }

    /** Words of ASCII letters that the word scan looks at whatever follows them (key words, token prefixes). */
    private static final String[] LIVE_WORDS = {"password", "passwd", "passphrase", "pwd", "key", "token", "mrn",
        "hooks", "basic", "bearer"};

    /**
     * Whether the word scan can find a match at the ASCII-letter word {@code [i, e)} (followed by a non-word
     * character at {@code e < s.length()}) or move on past it: a key word ({@link #LIVE_WORDS}: password prose,
     * "api key is ...", MRN, Slack hook, HTTP auth), a token prefix ({@code eyJ}, 20 or 39 letters from 'A'), or
     * what follows makes it the name of an assignment (an '=', ':', '"', '-' or quote-and-no-letter after it,
     * or a space and then '=', ':' or another space). Anything else is prose the scan passes over. (A word
     * followed by an anchor character never gets here, it runs into the anchor; those tests are a safety net.)
     */
    private static boolean live(String s, int i, int e) {
        int n = s.length();
        char after = s.charAt(e);
        char next = e + 1 < n ? s.charAt(e + 1) : ' ';
        if (after == '=' || after == ':' || after == '"' || after == '-'
                || (after == '\'' && !isAsciiLetter(next))
                || (after == ' ' && (next == '=' || next == ':' || next == ' '))) {
            return true;
        }
        int wl = e - i;
        char c = s.charAt(i);
        if ((c == 'A' && (wl == 20 || wl == 39))
                || (c == 'e' && wl >= 3 && s.charAt(i + 1) == 'y' && s.charAt(i + 2) == 'J')) {
            return true;
        }
        if (wl >= LIVE_FIRST.length || (LIVE_FIRST[wl] & (1 << ((c | 0x20) - 'a'))) == 0) {
            return false;
        }
        for (String w : LIVE_WORDS) {
            if (w.length() == wl && Ascii.regionEqualsIgnoreCase(s, i, w)) {
                return true;
            }
        }
        return false;
    }

    /** By length: bit {@code c - 'a'} set when a live word of that length starts with letter {@code c}. */
    private static final int[] LIVE_FIRST = new int[11];

    static {
        for (String w : LIVE_WORDS) {
            LIVE_FIRST[w.length()] |= 1 << (w.charAt(0) - 'a');
        }
    }

    /** Whether the upper-case letter at {@code p} is the J of "eyJ" at the start of a word. */
    private static boolean jwtStart(String s, int p) {
        return s.charAt(p) == 'J' && p >= 2 && s.charAt(p - 1) == 'y' && s.charAt(p - 2) == 'e'
                && (p == 2 || (kind(s.charAt(p - 3)) & K_WORD) == 0);
    }

    /** Whether "bearer " or "basic " (any case) starts at {@code p}; the second letter turns most words away. */
    private static boolean bearerOrBasic(String s, int p) {
        char second = p + 1 < s.length() ? s.charAt(p + 1) : ' ';
        int lc = second | 0x20;
        return (lc == 'e' || second >= 128) && Ascii.regionEqualsIgnoreCase(s, p, "bearer ")
                || (lc == 'a' || second >= 128) && Ascii.regionEqualsIgnoreCase(s, p, "basic ");
    }

    /** The scan over every word of the text, without skipping prose. */
    List<Finding> scanAll(String s) {
        Scan sc = new Scan(s);
        scanRange(sc, 0, s.length());
        return sc.out == null ? List.of() : sc.out;
    }

    /** How far before an anchor character a match can start (keyword, spaces, quote, separator). */
    private static final int REACH = 48;
    /** Word characters from an upper-case letter on that make a token shape worth scanning. */
    private static final int LONG_WORD = 12;
    /**
     * The scan proper over the words that start in {@code [from, to)}; a word or a match may run past
     * {@code to}. {@code from} is 0 or follows a non-word character.
     *
     * @return where the next scan may start (past the last word or match read)
     */
    private int scanRange(Scan sc, int from, int to) {
        String s = sc.s;
        int n = sc.n;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int k = kind(c);
            if ((k & K_WORD) == 0) {
                if ((k & K_TRIGGER) != 0) {
                    int e = trigger(sc, c, i);
                    if (e > i) {
                        i = e;
                        continue;
                    }
                }
                i++;
                continue;
            }
            if (c >= 128 || (i > 0 && (kind(s.charAt(i - 1)) & K_WORD) != 0)) {
                i++;
                continue;
            }
            // at an ASCII word start: read the whole word once
            int wEnd = i + 1;
            int acc = k;
            int all = k;
            while (wEnd < n) {
                int kd = kind(s.charAt(wEnd));
                if ((kd & K_WORD) == 0) {
                    break;
                }
                acc |= kd;
                all &= kd;
                wEnd++;
            }
            int e = -1;
            char after = wEnd < n ? s.charAt(wEnd) : ' ';
            if ((all & K_HEX) != 0 && (after == ':' || after == '-') && wEnd - i <= 4) {
                if (mac && wEnd - i == 2) {
                    e = mac(sc, i);
                }
                if (e < 0 && ip && after == ':') {
                    e = ipv6(sc, i);
                }
            }
            if (e < 0) {
                if ((acc & K_LETTER) == 0) {
                    e = numeric(sc, i);
                } else {
                    e = wordStart(sc, i, wEnd, (acc & K_DIGIT) != 0);
                }
            }
            i = e > i ? e : wEnd;
        }
        return i;
    }

    private int trigger(Scan sc, char c, int i) {
        String s = sc.s;
        int n = sc.n;
        if (c == '@') {
            return email ? email(sc, i) : -1;
        }
        if (c == '+' || c == '(') {
            if (phone && i + 1 < n && (isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '(')
                    && (i == 0 || !isWord(s.charAt(i - 1)))) {
                return numeric(sc, i);
            }
            return -1;
        }
        if (c == '-') {
            return secret && s.startsWith("-----BEGIN ", i) ? pem(sc, i) : -1;
        }
        if (ip && i + 1 < n && s.charAt(i + 1) == ':' && (i == 0 || !isWord(s.charAt(i - 1)))) {
            return ipv6(sc, i);
        }
        return -1;
    }

    // ---------------------------------------------------------------- context words

    private static final Cue ACCOUNT_CUES = new Cue("account", "acct", "konto", "cuenta");
    private static final Cue BARE_NANP_CUES = new Cue("phone", "call", "tel", "mobile", "cell", "fax", "text me",
        "whatsapp", "contact", "reach");
    private static final Cue EMAIL_CUES = new Cue("email", "e-mail", "mail", "contact");
    private static final Cue ITIN_CUES = new Cue("itin", "taxpayer");
    private static final Cue MRN_CUES = new Cue("medical record", "patient id", "mrn");
    private static final Cue NANP_CUES = new Cue("phone", "call", "tel", "mobile", "cell", "fax", "contact");
    private static final Cue PASSPORT_CUES = new Cue("passport", "reisepass", "pasaporte", "passeport");
    private static final Cue ROUTING_CUES = new Cue("routing", "aba", "rtn");
    private static final Cue SSN_CUES = new Cue("ssn", "social security", "social sec", "soc sec",
        "sozialversicherung");

    /** Context words, with the set of their first letters to turn most word starts away with one test. */
    private static final class Cue {
        /** The words, lower case, each starting with an ASCII letter. */
        final String[] words;
        /** Bit {@code c - 'a'} set when a word starts with letter {@code c}. */
        final int first;
        /**
         * By first letter: bit {@code c - 'a'} set when a word goes on with letter {@code c} (either case),
         * {@link #OTHER} when one goes on with anything else, every bit when one is that letter alone.
         */
        final int[] second = new int[26];
        static final int OTHER = 1 << 31;

        Cue(String... words) {
            this.words = words;
            int f = 0;
            for (String w : words) {
                char c = w.charAt(0);
                if (c < 'a' || c > 'z') {
                    throw new IllegalArgumentException("context words start with a lower-case ASCII letter: " + w);
                }
                f |= 1 << (c - 'a');
                if (w.length() == 1) {
                    second[c - 'a'] = -1;
                } else {
                    char d = w.charAt(1);
                    second[c - 'a'] |= isAsciiLetter(d) ? 1 << ((d | 0x20) - 'a') : OTHER;
                }
            }
            this.first = f;
        }

        /**
         * Whether a word can start at {@code p}, where an ASCII letter is: its first two characters are those of
         * one of the words (a character that is not ASCII is let through, case folding may make it one).
         */
        boolean mayStartAt(String s, int p) {
            int f = (s.charAt(p) | 0x20) - 'a';
            if ((first & (1 << f)) == 0) {
                return false;
            }
            char d = p + 1 < s.length() ? s.charAt(p + 1) : ' ';
            if (d >= 128) {
                return true;
            }
            return (second[f] & ((KIND[d] & K_ALPHA) != 0 ? 1 << ((d | 0x20) - 'a') : OTHER)) != 0;
        }
    }

    /** Looks for a context word starting at a word boundary within the window around a match. */
    private static boolean cue(String s, int start, int end, Cue cue) {
        int from = Math.max(0, start - CTX);
        int to = Math.min(s.length(), end + 16);
        return cueIn(s, from, Math.min(start, to), to, cue) || cueIn(s, Math.max(from, end), to, to, cue);
    }

    /** A context word starting at a word boundary in {@code [from, to)} and ending by {@code limit}. */
    private static boolean cueIn(String s, int from, int to, int limit, Cue cue) {
        int p = from;
        if (p > 0 && (KIND[s.charAt(p - 1)] & K_ALPHA) != 0) {
            while (p < to && (KIND[s.charAt(p)] & K_ALPHA) != 0) {
                p++; // inside a word
            }
        }
        while (true) {
            while (p < to && (KIND[s.charAt(p)] & K_ALPHA) == 0) {
                p++;
            }
            if (p >= to) {
                return false;
            }
            if (cue.mayStartAt(s, p) && cueAt(s, p, limit, cue.words)) {
                return true;
            }
            p++;
            while (p < to && (KIND[s.charAt(p)] & K_ALPHA) != 0) {
                p++;
            }
        }
    }

    private static boolean cueAt(String s, int p, int limit, String[] words) {
        char lc = (char) (s.charAt(p) | 0x20);
        for (String w : words) {
            if (w.charAt(0) == lc && p + w.length() <= limit && Ascii.regionEqualsIgnoreCase(s, p, w)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- e-mail

    private static boolean localChar(char c) {
        return isDigit(c) || isAsciiLetter(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private int email(Scan sc, int at) {
        return email(sc, at, 1);
    }

    /**
     * An e-mail whose '@' is at {@code at} and is {@code w} characters wide: 1, or 3 for the URL-encoded
     * {@code %40} of query strings ({@code ?email=jane.roe%40example.org}).
     */
    private int email(Scan sc, int at, int w) {
        String s = sc.s;
        int ls = at;
        while (ls > 0 && at - ls < 64 && localChar(s.charAt(ls - 1))) {
            ls--;
        }
        if (ls > 0 && localChar(s.charAt(ls - 1))) {
            return -1;
        }
        while (ls < at && (s.charAt(ls) == '.' || s.charAt(ls) == '-')) {
            ls++;
        }
        if (ls == at || s.charAt(at - 1) == '.') {
            return -1;
        }
        if (w == 1 && ls > 0 && (s.charAt(ls - 1) == ':' || s.charAt(ls - 1) == '/')) {
            int e = urlUserInfo(sc, ls, at);
            if (e != 0) {
                return e;
            }
        }
        if (w == 1 && ls > 0 && passwordPunct(s.charAt(ls - 1))) {
            int e = urlPunctPassword(sc, ls, at);
            if (e != 0) {
                return e;
            }
        }
        int p = at + w;
        if (w == 1 && p < sc.n && s.charAt(p) == '[') {
            return emailIpLiteral(sc, ls, p);
        }
        int lastDot = -1;
        int labelStart = p;
        int n = sc.n;
        while (p < n && p - at <= 253) {
            char c = s.charAt(p);
            if (isDigit(c) || isAsciiLetter(c) || c == '-') {
                p++;
            } else if (c == '.' && p > labelStart && p + 1 < n && (isDigit(s.charAt(p + 1)) || isAsciiLetter(s.charAt(p + 1)))) {
                lastDot = p;
                p++;
                labelStart = p;
            } else {
                break;
            }
        }
        if (lastDot < 0 || p - lastDot - 1 < 2) {
            return -1;
        }
        for (int k = lastDot + 1; k < p; k++) {
            if (!isAsciiLetter(s.charAt(k))) {
                return -1;
            }
        }
        if (p - lastDot - 1 <= 5 && fileExtension(s, lastDot + 1, p)) {
            return -1;
        }
        if (p < n && (s.charAt(p) == '@' || isWord(s.charAt(p)))) {
            return -1;
        }
        sc.add(PiiType.EMAIL, ls, p, cue(s, ls, p, EMAIL_CUES) ? 1.0 : 0.95, "");
        return p;
    }

    /** File-name extensions that are not top-level domains ({@code icon@2x.png}, {@code logo@3x.webp}). */
    private static final String[] FILE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif",
        "tiff", "heic", "avif", "pdf", "txt", "json", "css", "js", "ts", "html", "htm", "xml", "yaml", "yml", "csv",
        "tsv", "java", "class", "jar", "exe", "dll"};

    /** {@link #FILE_EXTENSIONS} by length. */
    private static final String[][] FILE_EXTENSIONS_BY_LENGTH = new String[6][];

    static {
        for (int len = 0; len < FILE_EXTENSIONS_BY_LENGTH.length; len++) {
            final int l = len;
            FILE_EXTENSIONS_BY_LENGTH[len] = java.util.Arrays.stream(FILE_EXTENSIONS).filter(x -> x.length() == l)
                    .toArray(String[]::new);
        }
    }

    /** Whether {@code s[from, to)}, ASCII letters, is one of {@link #FILE_EXTENSIONS}, any case. */
    private static boolean fileExtension(String s, int from, int to) {
        int len = to - from;
        if (len >= FILE_EXTENSIONS_BY_LENGTH.length) {
            return false;
        }
        char first = (char) (s.charAt(from) | 0x20);
        for (String ext : FILE_EXTENSIONS_BY_LENGTH[len]) {
            if (ext.charAt(0) == first && Ascii.regionEqualsIgnoreCase(s, from, ext)) {
                return true;
            }
        }
        return false;
    }

    /** {@code user@[192.0.2.1]} / {@code user@[IPv6:2001:db8::1]}: an address literal as the domain (bounded read). */
    private int emailIpLiteral(Scan sc, int ls, int open) {
        String s = sc.s;
        int p = open + 1;
        int dots = 0;
        int colons = 0;
        while (p < sc.n && p - open <= 46 && (isHex(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == ':'
                || (p - open <= 5 && isAsciiLetter(s.charAt(p))))) {
            dots += s.charAt(p) == '.' ? 1 : 0;
            colons += s.charAt(p) == ':' ? 1 : 0;
            p++;
        }
        if (p >= sc.n || s.charAt(p) != ']' || (dots != 3 && colons < 2)) {
            return -1;
        }
        sc.add(PiiType.EMAIL, ls, p + 1, 0.9, "ip_literal");
        return p + 1;
    }

    /**
     * {@code scheme://user:password@host} is a credential, not an e-mail: reports the password as a
     * secret (unless it is a placeholder). {@code scheme://user@host} is neither. Bounded look-back.
     * Returns 0 when the text before is not a URL (e.g. {@code mailto:}), so the e-mail rules apply.
     */
    private int urlUserInfo(Scan sc, int ls, int at) {
        String s = sc.s;
        if (s.charAt(ls - 1) == '/') {
            return ls >= 3 && s.charAt(ls - 2) == '/' && s.charAt(ls - 3) == ':' ? -1 : 0;
        }
        int q = ls - 1;
        int lim = Math.max(0, q - 64);
        while (q > lim && localChar(s.charAt(q - 1))) {
            q--;
        }
        if (q < 3 || s.charAt(q - 1) != '/' || s.charAt(q - 2) != '/' || s.charAt(q - 3) != ':') {
            return 0;
        }
        if (!secret || at - ls < 4 || placeholder(s, ls, at)) {
            return at + 1;
        }
        sc.add(PiiType.SECRET, ls, at, 0.9, "url_password");
        return at + 1;
    }

    /** Punctuation people leave unencoded in a URL password ({@code postgres://app:Zebra$Moon91@db}). */
    private static boolean passwordPunct(char c) {
        return c == '!' || c == '$' || c == '&' || c == '*' || c == '=' || c == '~' || c == '^' || c == '#';
    }

    /**
     * The part before the '@' starts after such punctuation: when the punctuation belongs to the password of
     * {@code scheme://user:pa$$word@host}, the whole password is the secret and there is no e-mail. Looks back
     * at most 64 characters; returns 0 when this is not a URL password, so the e-mail rules apply.
     */
    private int urlPunctPassword(Scan sc, int ls, int at) {
        String s = sc.s;
        int q = ls;
        int lim = Math.max(0, at - 64);
        while (q > lim && (localChar(s.charAt(q - 1)) || passwordPunct(s.charAt(q - 1)))) {
            q--;
        }
        if (q == 0 || s.charAt(q - 1) != ':') {
            return 0;
        }
        return urlUserInfo(sc, q, at);
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Reads digit groups separated by single separators (space, '-', '.', '/') or phone parentheses,
     * then classifies the longest prefix of groups that makes sense.
     */
    private int numeric(Scan sc, int start) {
        String s = sc.s;
        int n = sc.n;
        int p = start;
        boolean plus = false;
        if (s.charAt(p) == '+') {
            plus = true;
            p++;
        }
        int g = 0;
        boolean parens = false;
        while (g < MAX_GROUPS && p < n) {
            boolean open = false;
            if (s.charAt(p) == '(') {
                open = true;
                p++;
            }
            int gs = p;
            while (p < n && isDigit(s.charAt(p)) && p - gs <= 19) {
                p++;
            }
            if (p == gs || p - gs > 19) {
                if (g == 0) {
                    return -1;
                }
                p = sc.gEnd[g - 1];
                break;
            }
            sc.gStart[g] = gs;
            sc.gEnd[g] = p;
            if (open) {
                if (p < n && s.charAt(p) == ')') {
                    parens = true;
                    p++;
                    if (p < n && s.charAt(p) == ' ') {
                        p++;
                    }
                    sc.sep[g] = ')';
                    g++;
                    if (p < n && isDigit(s.charAt(p))) {
                        continue;
                    }
                    if (p < n && (s.charAt(p) == '-' || s.charAt(p) == '.') && p + 1 < n && isDigit(s.charAt(p + 1))) {
                        p++;
                        continue;
                    }
                    break;
                }
                if (g == 0) {
                    return -1;
                }
                // "1.2.3.4 (3 attempts)": an unclosed parenthesis ends the number before it
                p = sc.gEnd[g - 1];
                sc.sep[g - 1] = 0;
                break;
            }
            g++;
            if (p + 1 < n) {
                char c = s.charAt(p);
                char d = s.charAt(p + 1);
                if ((c == ' ' || c == '-' || c == '.' || c == '/') && (isDigit(d) || (d == '(' && c == ' '))) {
                    sc.sep[g - 1] = c;
                    p++;
                    continue;
                }
                int w = wideSep(s, p);
                if (w > p) {
                    sc.sep[g - 1] = WIDE;
                    p = w;
                    continue;
                }
            }
            sc.sep[g - 1] = 0;
            break;
        }
        // groups after a wide gap that run on into a word ("...1111\n12 3rd") are not part of the number
        if (sc.gEnd[g - 1] < n && (isWord(s.charAt(sc.gEnd[g - 1])) || s.charAt(sc.gEnd[g - 1]) == '@')) {
            for (int k = g - 2; k >= 0; k--) {
                if (sc.sep[k] == WIDE) {
                    g = k + 1;
                    sc.sep[k] = 0;
                    break;
                }
            }
        }
        // reject when the token goes on with letters (UUIDs, hashes, "3rd", "10px")
        int last = sc.gEnd[g - 1];
        if (last < n && (isWord(s.charAt(last)) || s.charAt(last) == '@')) {
            return mac && !plus && sc.gEnd[0] - start == 4 && sc.sep[0] == '.' ? macDotted(sc, start) : -1;
        }
        for (int k = g; k >= 1; k--) {
            if (k < g && sc.sep[k - 1] != ' ' && sc.sep[k - 1] != ')' && sc.sep[k - 1] != WIDE && !cidr(sc, k)) {
                continue;
            }
            int e = classify(sc, start, plus, parens, k, k == g);
            if (e > 0) {
                return e;
            }
        }
        return -1;
    }

    private static final Cue CARD_CUES = new Cue("card", "karte", "carte", "tarjeta", "cart\u00e3o", "visa", "mastercard",
        "amex", "discover", "cc", "pan", "kreditkarte");

    /** Separator mark for a wide gap between digit groups: two or three spaces, or a line break. */
    private static final char WIDE = 'W';

    /**
     * A wide gap at {@code p} followed by a digit: two or three spaces, or one line break ({@code \n} or
     * {@code \r\n}) with up to two spaces around it. Returns the position of that digit, or -1. Bounded read.
     */
    private static int wideSep(String s, int p) {
        int n = s.length();
        int q = p;
        int spaces = 0;
        while (q < n && s.charAt(q) == ' ' && spaces < 3) {
            q++;
            spaces++;
        }
        boolean br = false;
        if (q < n && s.charAt(q) == '\r') {
            q++;
        }
        if (q < n && s.charAt(q) == '\n') {
            br = true;
            q++;
            while (q < n && s.charAt(q) == ' ' && q - p < 6) {
                q++;
            }
        }
        if (!(br || spaces >= 2) || q >= n || !isDigit(s.charAt(q))) {
            return -1;
        }
        return q;
    }

    /** An IPv4 address followed by a CIDR prefix length or a range: {@code 10.1.2.0/24}, {@code 10.0.0.1-10.0.0.9}. */
    private static boolean cidr(Scan sc, int k) {
        return k == 4 && (sc.sep[3] == '/' || sc.sep[3] == '-') && sc.sep[0] == '.' && sc.sep[1] == '.' && sc.sep[2] == '.';
    }

    private int classify(Scan sc, int start, boolean plus, boolean parens, int g, boolean whole) {
        String s = sc.s;
        int end = sc.gEnd[g - 1];
        int total = 0;
        for (int k = 0; k < g; k++) {
            total += sc.gEnd[k] - sc.gStart[k];
        }
        if (total > 20) {
            return -1;
        }
        int[] d = sc.digits;
        int t = 0;
        for (int k = 0; k < g; k++) {
            for (int q = sc.gStart[k]; q < sc.gEnd[k]; q++) {
                d[t++] = s.charAt(q) - '0';
            }
        }
        char sep0 = g > 1 ? sc.sep[0] : 0;
        boolean sameSep = true;
        // card separators: spaces, hyphens and wide gaps, mixed ("4111-1111 1111-1111", a line break inside)
        boolean cardSeps = true;
        boolean wide = false;
        for (int k = 0; k < g - 1; k++) {
            char sp = sc.sep[k];
            if (sp != sep0) {
                sameSep = false;
            }
            wide |= sp == WIDE;
            cardSeps &= sp == ' ' || sp == '-' || sp == WIDE;
        }
        if (wide) {
            // a wide gap joins groups only into a payment card; everything else stops at the gap
            if (card && total >= 13 && total <= 19 && cardSeps && cardGrouping(sc, g, total) && cardPrefix(d, total)
                    && Checksums.luhn(d, total)) {
                // across line breaks, a column of four-digit numbers can pass Luhn by chance: want a card word
                boolean lines = false;
                for (int k = 0; k < g - 1; k++) {
                    for (int q = sc.gEnd[k]; sc.sep[k] == WIDE && q < sc.gStart[k + 1]; q++) {
                        lines |= s.charAt(q) == '\n';
                    }
                }
                if (!lines || cue(s, start, end, CARD_CUES)) {
                    sc.add(PiiType.CREDIT_CARD, start, end, 0.95, "");
                    return end;
                }
            }
            return -1;
        }
        int after = end < sc.n ? s.charAt(end) : ' ';
        boolean dotAfter = after == '.' && end + 1 < sc.n && isDigit(s.charAt(end + 1));
        // a bare run glued to a code by hyphens ("INV-2024-000381", "000381-XL") is part of that code
        boolean joined = g == 1 && ((start > 1 && s.charAt(start - 1) == '-' && isWord(s.charAt(start - 2)))
                || (after == '-' && end + 1 < sc.n && isWord(s.charAt(end + 1))));
        if (plus) {
            if (phone && total >= 8 && total <= 15 && d[0] != 0) {
                sc.add(PiiType.PHONE, start, end, 0.9, "international");
                return end;
            }
            return -1;
        }
        // 4111.1111.1111.1111: dots between groups of four, with the card checks
        if (card && sep0 == '.' && sameSep && total >= 13 && total <= 19 && cardGrouping(sc, g, total)
                && cardPrefix(d, total) && Checksums.luhn(d, total)) {
            sc.add(PiiType.CREDIT_CARD, start, end, 0.95, "");
            return end;
        }
        // IPv4
        if (g == 4 && sameSep && sep0 == '.' && !dotAfter) {
            boolean quad = ip;
            for (int k = 0; k < 4 && quad; k++) {
                int len = sc.gEnd[k] - sc.gStart[k];
                quad = len <= 3 && Integer.parseInt(s, sc.gStart[k], sc.gEnd[k], 10) <= 255
                        && (len == 1 || s.charAt(sc.gStart[k]) != '0');
            }
            if (quad) {
                if (versionLike(s, start)) {
                    return -1;
                }
                sc.add(PiiType.IP_ADDRESS, start, end, 0.9, "ipv4");
                return end;
            }
            // not an address: only the dotted NANP form 1.800.555.0199 goes on
            if (!(phone && d[0] == 1 && sc.gEnd[0] - sc.gStart[0] == 1)) {
                return -1;
            }
        }
        // dates of birth
        if (g == 3 && sameSep && (sep0 == '/' || sep0 == '-' || sep0 == '.') && dob) {
            int a = sc.gEnd[0] - sc.gStart[0];
            int b = sc.gEnd[1] - sc.gStart[1];
            int c = sc.gEnd[2] - sc.gStart[2];
            boolean date = false;
            if (a <= 2 && b <= 2 && (c == 4 || c == 2)) {
                int x = Integer.parseInt(s, sc.gStart[0], sc.gEnd[0], 10);
                int y = Integer.parseInt(s, sc.gStart[1], sc.gEnd[1], 10);
                date = x >= 1 && x <= 31 && y >= 1 && y <= 31 && (x <= 12 || y <= 12);
            } else if (a == 4 && b <= 2 && c <= 2) {
                int y = Integer.parseInt(s, sc.gStart[1], sc.gEnd[1], 10);
                int z = Integer.parseInt(s, sc.gStart[2], sc.gEnd[2], 10);
                date = y >= 1 && y <= 12 && z >= 1 && z <= 31;
            }
            if (date) {
                if (cue(s, start, end, DOB_CUES)) {
                    sc.add(PiiType.DATE_OF_BIRTH, start, end, 0.9, "");
                    return end;
                }
                return -1;
            }
        }
        if (dob && g == 1 && total <= 2) {
            int e = dobWords(sc, start, end);
            if (e > 0) {
                return e;
            }
        }
        if (phone && d[0] == 0 && total >= 9) {
            int e = nationalPhone(sc, start, end, g, total, joined);
            if (e > 0) {
                return e;
            }
        }
        if (sep0 == '/' || (g > 1 && sc.sep[0] == '.' && !parens)) {
            // only dates and IPs use '/' or '.'; phones with dots are handled below
            if (!((g == 3 || (g == 4 && d[0] == 1)) && sameSep && sep0 == '.')) {
                return -1;
            }
        }
        // SSN / ITIN: 3-2-4
        if (total == 9 && (ssn || itin) && ((g == 3 && sameSep && (sep0 == '-' || sep0 == ' ')
                && sc.gEnd[0] - sc.gStart[0] == 3 && sc.gEnd[1] - sc.gStart[1] == 2) || g == 1)) {
            int area = d[0] * 100 + d[1] * 10 + d[2];
            int group = d[3] * 10 + d[4];
            int serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
            boolean bare = g == 1;
            if (area >= 900) {
                boolean itinGroup = (group >= 50 && group <= 65) || (group >= 70 && group <= 88)
                        || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
                if (itin && itinGroup && (!bare || (!joined && cue(s, start, end, ITIN_CUES)))) {
                    sc.add(PiiType.ITIN, start, end, bare ? 0.9 : 0.95, "");
                    return end;
                }
            } else if (ssn && area != 0 && area != 666 && group != 0 && serial != 0) {
                boolean ctx = cue(s, start, end, SSN_CUES);
                if (!bare || (ctx && !joined)) {
                    sc.add(PiiType.SSN, start, end, ctx ? 1.0 : 0.9, "");
                    return end;
                }
            }
            if (bare && routing && Checksums.aba(d) && cue(s, start, end, ROUTING_CUES)) {
                sc.add(PiiType.ROUTING_NUMBER, start, end, 0.95, "");
                return end;
            }
        }
        // payment cards
        if (card && total >= 13 && total <= 19 && (g == 1 || cardSeps)
                && cardGrouping(sc, g, total) && cardPrefix(d, total) && Checksums.luhn(d, total)) {
            sc.add(PiiType.CREDIT_CARD, start, end, 0.99, "");
            return end;
        }
        // NANP phones
        if (phone && (total == 10 || (total == 11 && d[0] == 1))) {
            int off = total == 11 ? 1 : 0;
            boolean shape;
            if (g == 1) {
                shape = !joined && cue(s, start, end, BARE_NANP_CUES);
            } else {
                int[] lens = new int[g];
                for (int k = 0; k < g; k++) {
                    lens[k] = sc.gEnd[k] - sc.gStart[k];
                }
                shape = (g == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4)
                        || (g == 4 && lens[0] == 1 && lens[1] == 3 && lens[2] == 3 && lens[3] == 4)
                        || (g == 2 && parens && lens[0] == 3 && lens[1] == 7);
                if (shape && !parens && !sameSep) {
                    shape = sc.sep[g - 2] == '-' || sc.sep[g - 2] == '.' || sc.sep[g - 2] == ' ';
                }
            }
            if (shape && d[off] >= 2) {
                boolean ctx = cue(s, start, end, NANP_CUES);
                int st = start;
                if (parens && st > 0 && s.charAt(st) != '(' && s.charAt(st - 1) == '(') {
                    st--;
                }
                sc.add(PiiType.PHONE, st, end, ctx ? 0.95 : 0.85, "nanp");
                return end;
            }
        }
        if (joined) {
            return -1;
        }
        if (g == 3 && license && total >= 7 && total <= 12 && sameSep && (sep0 == ' ' || sep0 == '-')
                && (cue(s, start, end, LICENSE_ABBREV) || dlRightBefore(s, start))) {
            sc.add(PiiType.DRIVERS_LICENSE, start, end, 0.85, "");
            return end;
        }
        if (g == 1 && passport && total >= 6 && total <= 9
                && cue(s, start, end, PASSPORT_CUES)) {
            sc.add(PiiType.PASSPORT, start, end, 0.9, "");
            return end;
        }
        if (g == 1 && license && total >= 5 && total <= 12
                && (cue(s, start, end, LICENSE_CUES) || dlRightBefore(s, start))) {
            sc.add(PiiType.DRIVERS_LICENSE, start, end, 0.9, "");
            return end;
        }
        // bank accounts (relaxed): bare digit run near a context word
        if (account && g == 1 && total >= 8 && total <= 17
                && cue(s, start, end, ACCOUNT_CUES)) {
            sc.add(PiiType.BANK_ACCOUNT, start, end, 0.85, "");
            return end;
        }
        if (g == 1 && total >= 6 && total <= 10 && mrn && cue(s, start, end, MRN_CUES)) {
            sc.add(PiiType.MEDICAL_RECORD_NUMBER, start, end, 0.9, "");
            return end;
        }
        return -1;
    }

    /** Phone words for numbers without a country code; "tel" only as the abbreviation, not "telemetry". */
    private static final Cue PHONE_CUES = new Cue("phone", "tel.", "tel:", "tel ", "tel/", "telef", "teleph", "t\u00e9l.",
        "t\u00e9l:", "t\u00e9l ", "t\u00e9l\u00e9ph", "mobil", "m\u00f3vil", "movil", "handy", "cell", "fax", "call",
        "whatsapp", "portable", "rufnummer", "contact", "kontakt", "llam", "fon:", "fon ");

    /**
     * A number with a trunk prefix 0 or the international prefix 00, as written in most of Europe
     * ({@code Tel. 030 12345678}, {@code 01 23 45 67 89}, {@code 0044 20 7946 0958}): digits alone are too
     * ambiguous, so a phone word must be near. National: 9-12 digits; with 00: 11-17 digits.
     */
    private int nationalPhone(Scan sc, int start, int end, int g, int total, boolean joined) {
        int[] d = sc.digits;
        boolean intl = d[1] == 0;
        if (joined || (intl ? (total < 11 || total > 17 || d[2] == 0) : total > 12)) {
            return -1;
        }
        int first = sc.gEnd[0] - sc.gStart[0];
        if (g > 1 && (first < 2 || first > 5)) {
            return -1;
        }
        // 3-2-4 with nine digits is the SSN shape
        if (total == 9 && g == 3 && first == 3 && sc.gEnd[1] - sc.gStart[1] == 2) {
            return -1;
        }
        if (!cue(sc.s, start, end, PHONE_CUES)) {
            return -1;
        }
        int st = start;
        if (st > 0 && sc.s.charAt(st) != '(' && sc.s.charAt(st - 1) == '(') {
            st--;
        }
        sc.add(PiiType.PHONE, st, end, 0.85, intl ? "international" : "national");
        return end;
    }

    /**
     * A dotted quad that is really a version or an OID: the tail of a longer dotted number
     * ({@code 1.3.6.1.2.1.1.5.0}), a product version after {@code Name/} ({@code Chrome/120.0.0.0}),
     * or a version/firmware word just before it.
     */
    private static boolean versionLike(String s, int start) {
        if (start >= 2) {
            char p1 = s.charAt(start - 1);
            char p2 = s.charAt(start - 2);
            if ((p1 == '.' && isDigit(p2)) || (p1 == '/' && isAsciiLetter(p2))) {
                return true;
            }
        }
        return wordBefore(s, start, 2, "version", "v", "ver", "release", "released", "build", "firmware", "fw", "patch",
                "sdk", "section", "sec", "chapter", "clause", "paragraph", "para", "figure", "fig", "table", "appendix",
                "step", "item", "article", "rule", "requirement", "req", "abschnitt", "kapitel");
    }

    /**
     * True when one of the {@code max} words just before {@code start} (within 32 characters, separated by
     * spaces and light punctuation) is one of {@code words} or its plural (case-insensitive). Bounded read.
     */
    private static boolean wordBefore(String s, int start, int max, String... words) {
        int p = start;
        int lim = Math.max(0, start - 32);
        for (int w = 0; w < max; w++) {
            while (p > lim && !isAsciiLetter(s.charAt(p - 1))) {
                char c = s.charAt(p - 1);
                if (!(c == ' ' || c == ':' || c == '.' || c == '#' || c == '=' || c == '(' || c == '-' || c == '\'')) {
                    return false;
                }
                p--;
            }
            int we = p;
            while (p > lim && isAsciiLetter(s.charAt(p - 1))) {
                p--;
            }
            if (p == we || (p > 0 && isWord(s.charAt(p - 1)))) {
                return false;
            }
            for (String x : words) {
                int len = we - p;
                if ((len == x.length() || (len == x.length() + 1 && (s.charAt(we - 1) | 0x20) == 's'))
                        && Ascii.regionEqualsIgnoreCase(s, p, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Cue DOB_CUES = new Cue("birth", "born", "dob", "d.o.b", "birthday", "geboren", "geb.", "geburt",
        "nacimiento", "naissance", "n\u00e9 le", "n\u00e9e le", "nee le", "n\u00e9(e) le", "nascimento", "nato il",
        "nata il", "f. nac", "fecha nac");

    /** True when {@code s[from, to)} is a month name or its three-letter (or "sept") abbreviation. */
    private static boolean month(String s, int from, int to) {
        int len = to - from;
        if (len < 3 || len > 9) {
            return false;
        }
        char f = (char) (s.charAt(from) | 0x20);
        if ("jfmasond".indexOf(f) < 0) {
            return false;
        }
        for (String m : MONTHS) {
            if (m.charAt(0) == f && (len == m.length() || len == 3 || (len == 4 && m.charAt(1) == 'e' && m.charAt(2) == 'p'))
                    && Ascii.regionEqualsIgnoreCase(s, from, m, len)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a four-digit year (1900-2099) at {@code p}; returns its end or -1. */
    private static int year(String s, int p) {
        if (p + 4 > s.length() || (p + 4 < s.length() && isWord(s.charAt(p + 4)))) {
            return -1;
        }
        for (int k = p; k < p + 4; k++) {
            if (!isDigit(s.charAt(k))) {
                return -1;
            }
        }
        return (s.charAt(p) == '1' && s.charAt(p + 1) == '9') || (s.charAt(p) == '2' && s.charAt(p + 1) == '0') ? p + 4 : -1;
    }

    /**
     * A date of birth with the month in words around the day number at {@code [start, end)}:
     * "March 14, 1985", "Mar. 14 1985", "14 March 1985", "14-Mar-1985". Needs a birth context word.
     */
    private int dobWords(Scan sc, int start, int end) {
        String s = sc.s;
        int n = sc.n;
        // a parenthesised group ("(1) Ana ...") starts at the '(': no day number there, and parseInt would throw
        if (!isDigit(s.charAt(start)) || !isDigit(s.charAt(end - 1))) {
            return -1;
        }
        int day = Integer.parseInt(s, start, end, 10);
        if (day < 1 || day > 31) {
            return -1;
        }
        // Month DD[,] YYYY
        int p = start;
        if (p >= 2 && s.charAt(p - 1) == ' ') {
            p--;
            if (s.charAt(p - 1) == '.') {
                p--;
            }
            int me = p;
            while (p > 0 && me - p < 10 && isAsciiLetter(s.charAt(p - 1))) {
                p--;
            }
            if ((p == 0 || !isWord(s.charAt(p - 1))) && month(s, p, me)) {
                int q = end;
                if (q < n && s.charAt(q) == ',') {
                    q++;
                }
                if (q < n && s.charAt(q) == ' ') {
                    int ye = year(s, q + 1);
                    if (ye > 0 && cue(s, p, ye, DOB_CUES)) {
                        sc.add(PiiType.DATE_OF_BIRTH, p, ye, 0.85, "");
                        return ye;
                    }
                }
            }
        }
        // DD Month YYYY, DD-Mon-YYYY
        int q = end;
        if (q < n && s.charAt(q) == '.') {
            q++;
        }
        if (q + 1 < n && (s.charAt(q) == ' ' || s.charAt(q) == '-')) {
            char sep = s.charAt(q);
            int ms = ++q;
            while (q < n && q - ms < 10 && isAsciiLetter(s.charAt(q))) {
                q++;
            }
            if (month(s, ms, q)) {
                if (q < n && s.charAt(q) == '.') {
                    q++;
                }
                if (q < n && s.charAt(q) == ',') {
                    q++;
                }
                if (q < n && (s.charAt(q) == sep || s.charAt(q) == ' ')) {
                    int ye = year(s, q + 1);
                    if (ye > 0 && cue(s, start, ye, DOB_CUES)) {
                        sc.add(PiiType.DATE_OF_BIRTH, start, ye, 0.85, "");
                        return ye;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean cardGrouping(Scan sc, int g, int total) {
        if (g == 1) {
            return true;
        }
        int[] len = new int[g];
        for (int k = 0; k < g; k++) {
            len[k] = sc.gEnd[k] - sc.gStart[k];
        }
        if (total == 15 && g == 3 && len[0] == 4 && len[1] == 6 && len[2] == 5) {
            return true;
        }
        if (total == 14 && g == 3 && len[0] == 4 && len[1] == 6 && len[2] == 4) {
            return true;
        }
        // 13-digit Visa as printed on older cards: 4-4-5 or 4-3-3-3
        if (total == 13 && ((g == 3 && len[0] == 4 && len[1] == 4 && len[2] == 5)
                || (g == 4 && len[0] == 4 && len[1] == 3 && len[2] == 3 && len[3] == 3))) {
            return true;
        }
        for (int k = 0; k < g - 1; k++) {
            if (len[k] != 4) {
                return false;
            }
        }
        return len[g - 1] >= 1 && len[g - 1] <= 4;
    }

    private static boolean cardPrefix(int[] d, int n) {
        int p2 = d[0] * 10 + d[1];
        int p4 = p2 * 100 + d[2] * 10 + d[3];
        if (d[0] == 4) {
            return n == 13 || n == 16 || n == 19;
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return n == 16;
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15;
        }
        if (p4 == 6011 || p2 == 65 || (p4 / 10 >= 644 && p4 / 10 <= 649)) {
            return n >= 16;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16;
        }
        if (p2 == 36 || p2 == 38 || (p4 / 10 >= 300 && p4 / 10 <= 305)) {
            return n >= 14;
        }
        return p2 == 62 && n >= 16;
    }

    // ---------------------------------------------------------------- hex forms

    private int mac(Scan sc, int i) {
        String s = sc.s;
        int n = sc.n;
        if (i + 17 > n) {
            return -1;
        }
        char sep = s.charAt(i + 2);
        if (i >= 3 && s.charAt(i - 1) == sep && isHex(s.charAt(i - 2)) && isHex(s.charAt(i - 3))
                && (i == 3 || !isWord(s.charAt(i - 4)))) {
            return -1; // the tail of a longer run (a 16-byte MD5 fingerprint), not a MAC
        }
        for (int k = 0; k < 6; k++) {
            int p = i + k * 3;
            if (!isHex(s.charAt(p)) || !isHex(s.charAt(p + 1))) {
                return -1;
            }
            if (k < 5 && s.charAt(p + 2) != sep) {
                return -1;
            }
        }
        int e = i + 17;
        if (e < n && (isWord(s.charAt(e)) || s.charAt(e) == sep)) {
            return -1;
        }
        sc.add(PiiType.MAC_ADDRESS, i, e, 0.9, "");
        return e;
    }

    /** Cisco dotted form {@code 0050.56c0.0001}: three groups of four hex digits, at least one a-f letter. */
    private int macDotted(Scan sc, int i) {
        String s = sc.s;
        int n = sc.n;
        if (i + 14 > n) {
            return -1;
        }
        boolean letter = false;
        for (int k = 0; k < 14; k++) {
            char c = s.charAt(i + k);
            if (k == 4 || k == 9) {
                if (c != '.') {
                    return -1;
                }
            } else if (!isHex(c)) {
                return -1;
            } else {
                letter |= !isDigit(c);
            }
        }
        int e = i + 14;
        if (!letter || (e < n && (isWord(s.charAt(e)) || (s.charAt(e) == '.' && e + 1 < n && isWord(s.charAt(e + 1)))))) {
            return -1;
        }
        sc.add(PiiType.MAC_ADDRESS, i, e, 0.85, "cisco");
        return e;
    }

    private int ipv6(Scan sc, int i) {
        String s = sc.s;
        int n = sc.n;
        if (i > 0 && (s.charAt(i - 1) == ':' || s.charAt(i - 1) == '.' || isWord(s.charAt(i - 1)))) {
            return -1;
        }
        int p = i;
        while (p < n && p - i <= 45 && (isHex(s.charAt(p)) || s.charAt(p) == ':' || s.charAt(p) == '.')) {
            p++;
        }
        while (p > i && (s.charAt(p - 1) == '.' || (s.charAt(p - 1) == ':' && (p - 2 < i || s.charAt(p - 2) != ':')))) {
            p--;
        }
        if (p - i > 45 || (p < n && isWord(s.charAt(p)))) {
            return -1;
        }
        int groups = 0;
        boolean compressed = false;
        int q = i;
        int colons = 0;
        while (q < p) {
            if (s.charAt(q) == ':') {
                if (q + 1 < p && s.charAt(q + 1) == ':') {
                    if (compressed) {
                        return -1;
                    }
                    compressed = true;
                    q += 2;
                    colons += 2;
                    continue;
                }
                colons++;
                q++;
                if (q >= p || s.charAt(q) == ':') {
                    return -1;
                }
                continue;
            }
            int gs = q;
            boolean dotted = false;
            while (q < p && s.charAt(q) != ':') {
                if (s.charAt(q) == '.') {
                    dotted = true;
                }
                q++;
            }
            if (dotted) {
                if (q != p) {
                    return -1;
                }
                groups += 2;
            } else {
                if (q - gs > 4) {
                    return -1;
                }
                groups++;
            }
        }
        if (colons < 2 || groups > 8 || (!compressed && groups != 8) || (compressed && (groups < 1 || p - i < 3))) {
            return -1;
        }
        if (compressed) {
            boolean digit = false;
            for (int k = i; k < p && !digit; k++) {
                digit = isDigit(s.charAt(k));
            }
            if (!digit) {
                return -1;
            }
        }
        sc.add(PiiType.IP_ADDRESS, i, p, compressed ? 0.85 : 0.95, "ipv6");
        return p;
    }

    // ---------------------------------------------------------------- words: secrets, IBAN, ids

    private static final String[] AWS = {"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA", "ABIA", "ACCA"};
    /** The one key word of {@link #ASSIGN} with a hyphen, matched at the word start (it runs past the word). */
    private static final String ASSIGN_HYPHENATED = "api-key";
    private static final String[] ASSIGN = {"password", "passwd", "pwd", "secret", "api_key", "apikey",
        ASSIGN_HYPHENATED, "access_token", "auth_token", "client_secret", "secret_key", "private_key", "access_key",
        "token", "aws_secret_access_key", "db_password", "passphrase", "pass", "passwort", "kennwort", "contrase\u00f1a",
        "contrasena", "senha", "wachtwoord", "motdepasse", "mot_de_passe"};

    /**
     * {@link #ASSIGN} by the lower-cased ASCII last character of the word: the key words that end in it, and
     * {@link #ASSIGN_HYPHENATED} (matched at the word start), in {@link #ASSIGN}'s order.
     */
    private static final String[][] ASSIGN_BY_LAST = new String[128][];

    static {
        for (int c = 0; c < 128; c++) {
            final char last = (char) c;
            ASSIGN_BY_LAST[c] = java.util.Arrays.stream(ASSIGN)
                    .filter(k -> k == ASSIGN_HYPHENATED || k.charAt(k.length() - 1) == last).toArray(String[]::new);
        }
    }

    private static boolean tokenChar(char c) {
        return isDigit(c) || isAsciiLetter(c) || c == '_' || c == '-';
    }

    /** Whether {@code [from, to)} is ASCII letters and digits only, with at least one of each. */
    private static boolean alnum(String s, int from, int to) {
        boolean letter = false;
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                digit = true;
            } else if (isAsciiLetter(c)) {
                letter = true;
            } else {
                return false;
            }
        }
        return letter && digit;
    }

    private int run(String s, int from, int max, boolean dash) {
        int p = from;
        int n = s.length();
        while (p < n && p - from < max) {
            char c = s.charAt(p);
            if (isDigit(c) || isAsciiLetter(c) || c == '_' || (dash && c == '-')) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private int wordStart(Scan sc, int i, int wEnd, boolean hasDigit) {
        String s = sc.s;
        int n = sc.n;
        char c = s.charAt(i);
        int wl = wEnd - i;
        if (secret) {
            int e = secretWord(sc, i, wEnd);
            if (e > 0) {
                return e;
            }
        }
        if (mrn && wl == 3 && Ascii.regionEqualsIgnoreCase(s, i, "mrn")) {
            int p = wEnd;
            while (p < n && p - wEnd < 4 && (s.charAt(p) == ':' || s.charAt(p) == '#' || s.charAt(p) == ' ' || s.charAt(p) == '-')) {
                p++;
            }
            // digits, or up to three capitals then digits ("A1234567", "MR-0012345"), digit groups joined
            // by single '-' ("12-345-678"): 6-10 digits in all
            int ds = p;
            while (p < n && p - ds < 3 && isUpper(s.charAt(p))) {
                p++;
            }
            if (p > ds && p + 1 < n && s.charAt(p) == '-' && isDigit(s.charAt(p + 1))) {
                p++;
            }
            int digits = 0;
            while (p < n && digits <= 10) {
                if (isDigit(s.charAt(p))) {
                    digits++;
                    p++;
                } else if (s.charAt(p) == '-' && digits > 0 && p + 1 < n && isDigit(s.charAt(p + 1))) {
                    p++;
                } else {
                    break;
                }
            }
            if (digits >= 6 && digits <= 10 && (p >= n || !isWord(s.charAt(p)))) {
                sc.add(PiiType.MEDICAL_RECORD_NUMBER, ds, p, 0.95, "");
                return p;
            }
        }
        if (!hasDigit) {
            return -1;
        }
        if (email && c == '4' && i >= 2 && s.charAt(i - 1) == '%' && s.charAt(i + 1) == '0' && localChar(s.charAt(i - 2))) {
            int e = email(sc, i - 1, 3);
            if (e > 0) {
                return e;
            }
        }
        if (mac && wl == 4 && wEnd < n && s.charAt(wEnd) == '.') {
            int e = macDotted(sc, i);
            if (e > 0) {
                return e;
            }
        }
        if (crypto) {
            if (c == '0' && wl == 42 && s.charAt(i + 1) == 'x') {
                boolean hex = true;
                for (int k = i + 2; k < wEnd; k++) {
                    hex &= isHex(s.charAt(k));
                }
                if (hex) {
                    sc.add(PiiType.CRYPTO_ADDRESS, i, wEnd, 0.95, "ethereum");
                    return wEnd;
                }
            }
            if ((c == '1' || c == '3') && wl >= 26 && wl <= 35 && Checksums.base58Check(s, i, wEnd)) {
                sc.add(PiiType.CRYPTO_ADDRESS, i, wEnd, 0.99, "bitcoin");
                return wEnd;
            }
            if (wl >= 14 && wl <= 74 && Ascii.regionEqualsIgnoreCase(s, i, "bc1") && Checksums.bech32(s, i, wEnd)) {
                sc.add(PiiType.CRYPTO_ADDRESS, i, wEnd, 0.99, "bitcoin");
                return wEnd;
            }
        }
        if (iban && wl >= 4 && isAsciiLetter(c) && isAsciiLetter(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && isDigit(s.charAt(i + 3))) {
            int e = iban(sc, i);
            if (e > 0) {
                return e;
            }
        }
        if (isUpper(c) && (passport || license)) {
            int letters = 1;
            if (wl > 1 && isUpper(s.charAt(i + 1))) {
                letters = 2;
            }
            int digs = wl - letters;
            boolean allDigits = digs >= 5;
            for (int k = i + letters; k < wEnd && allDigits; k++) {
                allDigits = isDigit(s.charAt(k));
            }
            if (allDigits && digs <= 12) {
                if (passport && digs >= 6 && digs <= 9 && cue(s, i, wEnd, PASSPORT_CUES)) {
                    sc.add(PiiType.PASSPORT, i, wEnd, 0.9, "");
                    return wEnd;
                }
                if (license && (cue(s, i, wEnd, LICENSE_CUES) || dlRightBefore(s, i))) {
                    sc.add(PiiType.DRIVERS_LICENSE, i, wEnd, 0.9, "");
                    return wEnd;
                }
            }
            if (license && wEnd < n && s.charAt(wEnd) == '-') {
                int e = licenseGrouped(sc, i, wEnd);
                if (e > 0) {
                    return e;
                }
            }
        }
        return -1;
    }

    /** Words that put a number near a driver's licence. */
    private static final Cue LICENSE_CUES = new Cue("driver", "licence", "license", "dl#", "dl no", "dl:",
        "führerschein");
    /**
     * The bare capital abbreviation right before the number, "DL D1234567" or "DLN F123-456-78-901-0" (at most
     * ':', '#', '.' and spaces between). Only there: "DL" further off is as likely deep learning or a flight.
     */
    private static boolean dlRightBefore(String s, int start) {
        int p = start;
        while (p > 0 && start - p < 4 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == ':' || s.charAt(p - 1) == '#'
                || s.charAt(p - 1) == '.')) {
            p--;
        }
        if (p == start || p < 2) {
            return false;
        }
        if (s.charAt(p - 1) == 'N') {
            p--;
        }
        return p >= 2 && s.charAt(p - 2) == 'D' && s.charAt(p - 1) == 'L' && (p == 2 || !isAsciiLetter(s.charAt(p - 3)));
    }

    /** The licence cues for digit groups, where "licence"/"license" alone is too weak (licence keys, serials). */
    private static final Cue LICENSE_ABBREV = new Cue("driver", "dl#", "dl no", "dl:");

    /**
     * A licence number of one or two capital letters and digit groups joined by '-' or ' '
     * ({@code S530-4127-9981}, {@code F255-921-50-094-0}) with a licence word near.
     */
    private int licenseGrouped(Scan sc, int i, int wEnd) {
        String s = sc.s;
        int n = sc.n;
        int letters = isUpper(s.charAt(i + 1)) ? 2 : 1;
        int digits = 0;
        int p = i + letters;
        int groups = 0;
        int end = -1;
        while (p < n && groups < 6) {
            int gs = p;
            while (p < n && isDigit(s.charAt(p)) && p - gs < 8) {
                p++;
            }
            if (p == gs) {
                break;
            }
            digits += p - gs;
            groups++;
            end = p;
            if (p + 1 < n && s.charAt(p) == '-' && isDigit(s.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        if (groups < 2 || digits < 7 || digits > 14 || end < 0 || (end < n && isWord(s.charAt(end)))) {
            return -1;
        }
        if (!cue(s, i, end, LICENSE_CUES) && !dlRightBefore(s, i)) {
            return -1;
        }
        sc.add(PiiType.DRIVERS_LICENSE, i, end, 0.85, "");
        return end;
    }

    /**
     * Adds a prefixed token unless it is masked: a second half of 8+ characters made of at most two distinct
     * characters ({@code ghp_xxxx...}, {@code AKIAXXXX...}, {@code sk-...****}) is a placeholder, never a key.
     */
    private static void addToken(Scan sc, int from, int to, double confidence, String kind) {
        int h = (from + to) >>> 1;
        if (to - h >= 8) {
            char a = sc.s.charAt(h);
            char b = a;
            boolean varied = false;
            for (int k = h + 1; k < to && !varied; k++) {
                char c = sc.s.charAt(k);
                if (c != a && c != b) {
                    if (a == b) {
                        b = c;
                    } else {
                        varied = true;
                    }
                }
            }
            if (!varied) {
                return;
            }
        }
        sc.add(PiiType.SECRET, from, to, confidence, kind);
    }

    private int secretWord(Scan sc, int i, int wEnd) {
        String s = sc.s;
        int n = sc.n;
        char after = wEnd < n ? s.charAt(wEnd) : ' ';
        boolean assign = after == '=' || after == ':' || after == '"' || after == '\'' || after == '-'
                || (after == ' ' && wEnd + 1 < n && (s.charAt(wEnd + 1) == '=' || s.charAt(wEnd + 1) == ':'
                || s.charAt(wEnd + 1) == ' ' || (s.charAt(wEnd + 1) == 'i' && wEnd + 2 < n && s.charAt(wEnd + 2) == 's')));
        char c = s.charAt(i);
        int wl = wEnd - i;
        switch (c) {
            case 'A':
                if (wl == 20) {
                    for (String p : AWS) {
                        if (s.startsWith(p, i) && upperAlnum(s, i + 4, wEnd)) {
                            addToken(sc, i, wEnd, 0.97, "aws_access_key");
                            return wEnd;
                        }
                    }
                }
                if (s.startsWith("AIza", i)) {
                    int e = run(s, i, 60, true);
                    if (e - i == 39) {
                        addToken(sc, i, e, 0.97, "google_api_key");
                        return e;
                    }
                }
                break;
            case 'g':
                if (wl >= 40 && s.startsWith("gh", i) && s.charAt(i + 3) == '_' && "pousr".indexOf(s.charAt(i + 2)) >= 0) {
                    addToken(sc, i, wEnd, 0.98, "github_token");
                    return wEnd;
                }
                if (wl >= 40 && s.startsWith("github_pat_", i)) {
                    addToken(sc, i, wEnd, 0.98, "github_token");
                    return wEnd;
                }
                if (s.startsWith("glpat-", i)) {
                    int e = run(s, i + 6, 100, true);
                    if (e - i >= 26 && (e >= n || !isWord(s.charAt(e)))) {
                        addToken(sc, i, e, 0.97, "gitlab_token");
                        return e;
                    }
                }
                break;
            case 'n':
                if (wl == 40 && s.startsWith("npm_", i) && alnum(s, i + 4, wEnd)) {
                    addToken(sc, i, wEnd, 0.97, "npm_token");
                    return wEnd;
                }
                break;
            case 's':
            case 'r':
                if (s.startsWith("sk-", i)) {
                    int e = run(s, i + 3, 400, true);
                    if (e - i >= 23) {
                        String kind = s.startsWith("sk-ant-", i) ? "anthropic_api_key" : "openai_api_key";
                        addToken(sc, i, e, 0.97, kind);
                        return e;
                    }
                }
                if (wl >= 24 && (s.startsWith("sk_live_", i) || s.startsWith("sk_test_", i)
                        || s.startsWith("rk_live_", i) || s.startsWith("rk_test_", i))) {
                    addToken(sc, i, wEnd, 0.97, "stripe_key");
                    return wEnd;
                }
                break;
            case 'x':
                if (s.startsWith("xox", i) && i + 4 < n && "abprs".indexOf(s.charAt(i + 3)) >= 0 && s.charAt(i + 4) == '-') {
                    int e = run(s, i + 5, 200, true);
                    if (e - i >= 15) {
                        addToken(sc, i, e, 0.97, "slack_token");
                        return e;
                    }
                }
                break;
            case 'e':
                if (s.startsWith("eyJ", i)) {
                    int a = run(s, i, 4000, true);
                    if (a - i >= 10 && a < n && s.charAt(a) == '.') {
                        int b = run(s, a + 1, 8000, true);
                        if (b - a > 8 && b < n && s.charAt(b) == '.') {
                            int e = run(s, b + 1, 4000, true);
                            if (e - b > 8) {
                                addToken(sc, i, e, 0.97, "jwt");
                                return e;
                            }
                        }
                    }
                }
                break;
            case 'h':
                if (wl == 5 && s.startsWith("hooks.slack.com/services/", i)) {
                    return slackWebhook(sc, i);
                }
                if (wl >= 33 && wl <= 43 && s.startsWith("hf_", i) && alnum(s, i + 3, wEnd)) {
                    addToken(sc, i, wEnd, 0.95, "huggingface_token");
                    return wEnd;
                }
                break;
            case 'B':
            case 'b':
                if (wl == 5 && Ascii.regionEqualsIgnoreCase(s, i, "basic")) {
                    return basicAuth(sc, i, wEnd);
                }
                if (wl == 6 && Ascii.regionEqualsIgnoreCase(s, i, "bearer") && wEnd < n && s.charAt(wEnd) == ' ') {
                    int vs = wEnd + 1;
                    int e = vs;
                    while (e < n && e - vs < 2000 && (tokenChar(s.charAt(e)) || s.charAt(e) == '.' || s.charAt(e) == '~'
                            || s.charAt(e) == '+' || s.charAt(e) == '/' || s.charAt(e) == '=')) {
                        e++;
                    }
                    if (e - vs >= 16) {
                        addToken(sc, vs, e, 0.9, "bearer_token");
                        return e;
                    }
                }
                break;
            default:
                break;
        }
        if (assign) {
            return assignment(sc, i, wEnd);
        }
        // "... and password Falcon487tlF": a password word, one space, then a value (checked in passwordIs)
        char last = (char) (s.charAt(wEnd - 1) | 0x20);
        return after == ' ' && wl >= 3 && (last == 'd' || last == 'e') ? passwordIs(sc, i, wEnd, wEnd + 1, true) : -1;
    }

    /**
     * HTTP basic credentials, {@code Authorization: Basic dXNlcjpwYXNz}: only right after a header colon or a
     * quote, so prose ("basic authentication") is left alone; the value must be base64 of 8+ characters.
     */
    private int basicAuth(Scan sc, int i, int wEnd) {
        String s = sc.s;
        int n = sc.n;
        if (i < 2 || !(s.charAt(i - 1) == '"' || s.charAt(i - 1) == '\'' || (s.charAt(i - 1) == ' ' && s.charAt(i - 2) == ':'))
                || wEnd + 1 >= n || s.charAt(wEnd) != ' ') {
            return -1;
        }
        int vs = wEnd + 1;
        int e = vs;
        while (e < n && e - vs < 400 && (isDigit(s.charAt(e)) || isAsciiLetter(s.charAt(e)) || s.charAt(e) == '+'
                || s.charAt(e) == '/')) {
            e++;
        }
        while (e < n && e - vs < 402 && s.charAt(e) == '=') {
            e++;
        }
        if (e - vs < 8 || (e < n && isWord(s.charAt(e)))) {
            return -1;
        }
        // base64, not a word: a digit, '+', '/', '=' or a capital after the first character
        boolean encoded = false;
        for (int k = vs; k < e && !encoded; k++) {
            char c = s.charAt(k);
            encoded = isDigit(c) || c == '+' || c == '/' || c == '=' || (k > vs && isUpper(c));
        }
        if (!encoded) {
            return -1;
        }
        sc.add(PiiType.SECRET, vs, e, 0.9, "basic_auth");
        return e;
    }

    /** {@code hooks.slack.com/services/T.../B.../secret}: the path after "services/" is the credential. */
    private int slackWebhook(Scan sc, int i) {
        String s = sc.s;
        int vs = i + 25;
        int e = vs;
        while (e < sc.n && e - vs < 120 && (isDigit(s.charAt(e)) || isAsciiLetter(s.charAt(e)) || s.charAt(e) == '/')) {
            e++;
        }
        if (e - vs < 20) {
            return -1;
        }
        sc.add(PiiType.SECRET, vs, e, 0.97, "slack_webhook");
        return e;
    }

    private static boolean upperAlnum(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(isUpper(c) || isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private int assignment(Scan sc, int i, int wEnd) {
        String s = sc.s;
        int n = sc.n;
        int kwEnd = -1;
        int wl = wEnd - i;
        int q = wEnd;
        if (q < n && s.charAt(q) == '-') {
            q++;
            while (q < n && q - wEnd < 12 && isWord(s.charAt(q))) {
                q++;
            }
        }
        if (q < n && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
            q++;
        }
        while (q < n && q - wEnd < 16 && s.charAt(q) == ' ') {
            q++;
        }
        if (q + 3 < n && s.charAt(q) == 'i' && s.charAt(q + 1) == 's' && s.charAt(q + 2) == ' ') {
            return passwordIs(sc, i, wEnd, q + 3, false);
        }
        if (q >= n || (s.charAt(q) != '=' && s.charAt(q) != ':')) {
            return -1;
        }
        // the key words end in lower-case ASCII letters: after an ASCII last character only those ending in it
        char last = s.charAt(wEnd - 1);
        for (String k : last < 128 ? ASSIGN_BY_LAST[last | 0x20] : ASSIGN) {
            if (wl >= k.length() && Ascii.regionEqualsIgnoreCase(s, wEnd - k.length(), k)
                    && (wl == k.length() || s.charAt(wEnd - k.length() - 1) == '_'
                    // camelCase or glued upper case: userPassword, stripeApiKey, PGPASSWORD
                    || (k.length() >= 5 && isUpper(s.charAt(wEnd - k.length()))))) {
                kwEnd = wEnd;
                break;
            }
            if (k == ASSIGN_HYPHENATED && Ascii.regionEqualsIgnoreCase(s, i, k)) {
                kwEnd = i + k.length();
                break;
            }
        }
        boolean phrase = kwEnd < 0 && keyPhrase(s, i, wEnd);
        if (phrase) {
            kwEnd = wEnd;
        }
        // "mot de passe : ..." (French, three words)
        if (kwEnd < 0 && wl == 5 && Ascii.regionEqualsIgnoreCase(s, i, "passe") && i >= 7 && Ascii.regionEqualsIgnoreCase(s, i - 7, "mot de ")) {
            kwEnd = wEnd;
        }
        if (kwEnd < 0) {
            return -1;
        }
        int p = kwEnd;
        if (p < n && (s.charAt(p) == '"' || s.charAt(p) == '\'')) {
            p++;
        }
        while (p < n && s.charAt(p) == ' ') {
            p++;
        }
        if (p >= n || (s.charAt(p) != '=' && s.charAt(p) != ':')) {
            return -1;
        }
        p++;
        if (p < n && s.charAt(p) == '=') {
            return -1;
        }
        while (p < n && s.charAt(p) == ' ') {
            p++;
        }
        char quote = 0;
        if (p < n && (s.charAt(p) == '"' || s.charAt(p) == '\'')) {
            quote = s.charAt(p);
            p++;
        }
        int vs = p;
        while (p < n && p - vs < 200) {
            char c = s.charAt(p);
            if (c == quote || c == ' ' || c == '\n' || c == '\t' || c == '\r' || (quote == 0 && (c == ',' || c == ';' || c == '"' || c == '\''))) {
                break;
            }
            p++;
        }
        int e = p;
        if (quote == 0) {
            while (e > vs && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == ')')) {
                e--;
            }
        }
        if (e - vs < 4 || placeholder(s, vs, e) || (quote == 0 && codeReference(s, vs, p))) {
            return -1;
        }
        if (phrase && !keyLike(s, vs, e)) {
            return -1;
        }
        sc.add(PiiType.SECRET, vs, e, 0.85, "assignment");
        return p;
    }

    /**
     * Prose form "my password is Tr0ub4dor&3": only after a password word, and only for a value that looks
     * like one (letters and digits mixed, or quoted) so that "password is required" stays clean.
     * {@code bare}: the value follows the password word after one space ("login with password Falcon487tlF"),
     * held to more: unquoted, 6+ characters, a lower-case letter and a digit (not "SHA256", "v2"), the first
     * digit within 32 characters so the match stays in reach of its anchor.
     */
    private int passwordIs(Scan sc, int i, int wEnd, int vs, boolean bare) {
        String s = sc.s;
        int n = sc.n;
        int wl = wEnd - i;
        boolean pw = false;
        // every password word ends in "rd", "wd" or "se": most words are turned away by two characters
        char l1 = wl >= 3 ? (char) (s.charAt(wEnd - 1) | 0x20) : 0;
        char l2 = wl >= 3 ? (char) (s.charAt(wEnd - 2) | 0x20) : 0;
        if ((l1 == 'd' && (l2 == 'r' || l2 == 'w')) || (l1 == 'e' && l2 == 's')) {
            for (String k : new String[] {"password", "passwd", "passphrase", "pwd"}) {
                pw |= wl >= k.length() && Ascii.regionEqualsIgnoreCase(s, wEnd - k.length(), k)
                        && (wl == k.length() || s.charAt(wEnd - k.length() - 1) == '_');
            }
        }
        boolean phrase = !pw && keyPhrase(s, i, wEnd);
        if ((!pw && !phrase) || vs >= n) {
            return -1;
        }
        char quote = s.charAt(vs) == '"' || s.charAt(vs) == '\'' ? s.charAt(vs) : 0;
        if (bare && quote != 0) {
            return -1;
        }
        int p = quote == 0 ? vs : vs + 1;
        int start = p;
        boolean letter = false;
        boolean digit = false;
        boolean lower = false;
        int firstDigit = -1;
        while (p < n && p - start < 64) {
            char c = s.charAt(p);
            if (c == quote || c == ' ' || c == '\n' || c == '\t' || c == '\r' || (quote == 0 && (c == ',' || c == ';'))) {
                break;
            }
            letter |= isAsciiLetter(c);
            lower |= c >= 'a' && c <= 'z';
            if (isDigit(c) && !digit) {
                firstDigit = p;
            }
            digit |= isDigit(c);
            p++;
        }
        int e = p;
        if (quote == 0) {
            while (e > start && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == ')' || s.charAt(e - 1) == '!'
                    || s.charAt(e - 1) == '?')) {
                e--;
            }
        }
        if (e - start < 4 || (quote == 0 && !(letter && digit)) || placeholder(s, start, e)) {
            return -1;
        }
        if (bare && (e - start < 6 || !lower || firstDigit - start > 32)) {
            return -1;
        }
        if (phrase && (quote != 0 || !keyLike(s, start, e))) {
            return -1;
        }
        sc.add(PiiType.SECRET, start, e, 0.8, "password_prose");
        return p;
    }

    /**
     * Two words naming a key in prose, "API key" / "secret key" / "access token" / "auth token", with {@code [i, wEnd)}
     * the second word and one space between.
     */
    private static boolean keyPhrase(String s, int i, int wEnd) {
        int wl = wEnd - i;
        if (!((wl == 3 && Ascii.regionEqualsIgnoreCase(s, i, "key")) || (wl == 5 && Ascii.regionEqualsIgnoreCase(s, i, "token")))
                || i < 4 || s.charAt(i - 1) != ' ') {
            return false;
        }
        for (String w : new String[] {"api", "secret", "access", "auth"}) {
            int ws = i - 1 - w.length();
            if (ws >= 0 && Ascii.regionEqualsIgnoreCase(s, ws, w) && (ws == 0 || !isAsciiLetter(s.charAt(ws - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value after a two-word key phrase must look generated: 16+ characters of letters, digits and
     * {@code _-./+=}, with a letter and a digit, the first digit within 24 characters (in reach of the anchor).
     */
    private static boolean keyLike(String s, int vs, int e) {
        if (e - vs < 16) {
            return false;
        }
        boolean letter = false;
        int firstDigit = -1;
        for (int k = vs; k < e; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                if (firstDigit < 0) {
                    firstDigit = k;
                }
            } else if (isAsciiLetter(c)) {
                letter = true;
            } else if ("_-./+=".indexOf(c) < 0) {
                return false;
            }
        }
        return letter && firstDigit >= 0 && firstDigit - vs <= 24;
    }

    private static final String[] CODE_ROOTS = {"process", "os", "env", "environ", "config", "settings", "secrets",
        "vars", "system", "props", "properties", "ctx", "context", "app"};

    /**
     * An unquoted value that is code reading the secret from elsewhere, not the secret: a call or index on a
     * dotted name or an environment lookup ({@code os.environ["TOKEN"]}, {@code os.getenv("KEY")},
     * {@code ENV['X']}), or a digit-free dotted path from a configuration root ({@code process.env.API_KEY},
     * {@code settings.secret_key}). {@code p} is where the value ends. Bounded read.
     */
    private static boolean codeReference(String s, int vs, int p) {
        int q = vs;
        int firstDot = -1;
        while (q < s.length() && q - vs < 64) {
            char c = s.charAt(q);
            if (isAsciiLetter(c) || c == '_') {
                q++;
            } else if (c == '.' && q > vs && q + 1 < s.length() && isAsciiLetter(s.charAt(q + 1))) {
                if (firstDot < 0) {
                    firstDot = q;
                }
                q++;
            } else {
                break;
            }
        }
        if (q - vs < 2) {
            return false;
        }
        char c = q < s.length() ? s.charAt(q) : ' ';
        if (c == '(' || c == '[') {
            if (firstDot > 0) {
                return true;
            }
            int len = q - vs;
            return (len == 6 && Ascii.regionEqualsIgnoreCase(s, vs, "getenv")) || (len == 3 && Ascii.regionEqualsIgnoreCase(s, vs, "env"))
                    || (len == 7 && Ascii.regionEqualsIgnoreCase(s, vs, "environ"));
        }
        if (firstDot < 0 || q < p) {
            return false;
        }
        for (String r : CODE_ROOTS) {
            if (firstDot - vs == r.length() && Ascii.regionEqualsIgnoreCase(s, vs, r)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PLACEHOLDER_PARTS = {"your", "here", "example", "changeme", "change_me",
        "placeholder", "redacted", "xxxx", "dummy", "replace"};

    private static boolean placeholder(String s, int vs, int e) {
        char c = s.charAt(vs);
        if (c == '<' || c == '$' || c == '{' || c == '%' || c == '*' || c == '[' || c == '(') {
            return true;
        }
        boolean same = true;
        boolean letterOrDigit = false;
        for (int k = vs; k < e; k++) {
            char d = s.charAt(k);
            same &= d == c;
            letterOrDigit |= isDigit(d) || isAsciiLetter(d);
        }
        if (same || !letterOrDigit) {
            return true;
        }
        int len = e - vs;
        for (String w : new String[] {"null", "none", "true", "false", "required", "optional", "string", "redacted",
            "hidden", "example", "password", "secret", "undefined"}) {
            if (len == w.length() && Ascii.regionEqualsIgnoreCase(s, vs, w)) {
                return true;
            }
        }
        // YOUR_API_KEY_HERE, <changeme>, sk-xxxx...: template text, not a credential
        boolean upperOnly = true;
        for (int k = vs; k < e && upperOnly; k++) {
            char d = s.charAt(k);
            upperOnly = isUpper(d) || d == '_' || d == '-';
        }
        if (upperOnly && len < 40) {
            return true;
        }
        boolean digit = false;
        for (int k = vs; k < e && !digit; k++) {
            digit = isDigit(s.charAt(k));
        }
        // substrings only in short or digit-free values: AWS's own docs key ...EXAMPLEKEY is still a key shape
        for (String w : len <= 16 || !digit ? PLACEHOLDER_PARTS : new String[0]) {
            for (int k = vs; k + w.length() <= e; k++) {
                if (Ascii.regionEqualsIgnoreCase(s, k, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int iban(Scan sc, int i) {
        String s = sc.s;
        int n = sc.n;
        int expected = Checksums.ibanLength(s.charAt(i), s.charAt(i + 1));
        if (expected == 0) {
            return -1;
        }
        char[] buf = new char[expected];
        int got = 0;
        int p = i;
        int lastEnd = i;
        while (p < n && got < expected) {
            char c = s.charAt(p);
            if (isDigit(c) || isAsciiLetter(c)) {
                buf[got++] = Character.toUpperCase(c);
                p++;
                lastEnd = p;
            } else if (c == '-' && got >= 4 && (got & 3) == 0 && p + 1 < n
                    && (isDigit(s.charAt(p + 1)) || isAsciiLetter(s.charAt(p + 1)))) {
                // GB82-WEST-1234-...: hyphens only between groups of four
                p++;
            } else if (c == ' ' && got >= 4) {
                int q = p + 1;
                while (q < n && q - p < 3 && s.charAt(q) == ' ') {
                    q++;
                }
                if (q < n && (isDigit(s.charAt(q)) || isAsciiLetter(s.charAt(q)))) {
                    p = q;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (got != expected || (lastEnd < n && isWord(s.charAt(lastEnd)))) {
            return -1;
        }
        if (!Checksums.ibanMod97(buf, expected)) {
            return -1;
        }
        sc.add(PiiType.IBAN, i, lastEnd, 0.99, "");
        return lastEnd;
    }

    // ---------------------------------------------------------------- PEM

    /** An armor header line start such as {@code Version: } or {@code DEK-Info: } (bounded read). */
    private static boolean armorHeader(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 24 && (isAsciiLetter(s.charAt(q)) || s.charAt(q) == '-')) {
            q++;
        }
        return q > p && q + 1 < s.length() && s.charAt(q) == ':' && s.charAt(q + 1) == ' ';
    }

    private int pem(Scan sc, int i) {
        String s = sc.s;
        int n = sc.n;
        int p = i + 11;
        int lim = Math.min(n, p + 40);
        int headerEnd = -1;
        for (int q = p; q < lim; q++) {
            if (s.startsWith("PRIVATE KEY-----", q)) {
                headerEnd = q + 16;
                break;
            }
            if (s.startsWith("PRIVATE KEY BLOCK-----", q)) {
                headerEnd = q + 22;
                break;
            }
            char c = s.charAt(q);
            if (!(isUpper(c) || c == ' ')) {
                break;
            }
        }
        if (headerEnd < 0) {
            return -1;
        }
        int body = headerEnd;
        while (body < n && body - headerEnd < 200) {
            char c = s.charAt(body);
            if (c == '\n' || c == '\r' || c == ' ') {
                body++;
            } else if (armorHeader(s, body)) {
                // "Version: GnuPG v2" / "Proc-Type: 4,ENCRYPTED": skip the line
                while (body < n && body - headerEnd < 200 && s.charAt(body) != '\n') {
                    body++;
                }
            } else {
                break;
            }
        }
        int b64 = body;
        while (b64 < n && b64 - body < 16 && (isDigit(s.charAt(b64)) || isAsciiLetter(s.charAt(b64))
                || s.charAt(b64) == '+' || s.charAt(b64) == '/')) {
            b64++;
        }
        if (b64 - body < 16) {
            return -1;
        }
        if (sc.pemEndCache == -2 || (sc.pemEndCache >= 0 && sc.pemEndCache < headerEnd)) {
            sc.pemEndCache = s.indexOf("-----END ", headerEnd);
        }
        int end;
        if (sc.pemEndCache >= 0) {
            int close = s.indexOf("-----", sc.pemEndCache + 9);
            end = close >= 0 && close - sc.pemEndCache < 60 ? close + 5 : sc.pemEndCache + 9;
        } else {
            end = headerEnd;
            while (end < n && end - headerEnd < 20000) {
                char c = s.charAt(end);
                if (isDigit(c) || isAsciiLetter(c) || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r') {
                    end++;
                } else {
                    break;
                }
            }
        }
        sc.add(PiiType.SECRET, i, end, 0.99, "private_key");
        return end;
    }
}
