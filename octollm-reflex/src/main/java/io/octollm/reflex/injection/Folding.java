package io.octollm.reflex.injection;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Maps one character to its "skeleton": lower case, compatibility-decomposed, diacritics and
 * invisible characters removed, Cyrillic/Greek look-alikes replaced by Latin letters. The table is
 * filled lazily; races only ever write the same value. Thread-safe.
 */
final class Folding {
    /** The character is invisible (zero-width, bidi control, variation selector...): drop it. */
    static final char DROP = 0;
    private static final char UNKNOWN = '\uFFFF';
    private static final char[] TABLE = new char[65536];

    static {
        Arrays.fill(TABLE, UNKNOWN);
        for (char c = 0; c < 128; c++) {
            TABLE[c] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        String cyr = "аaеeоoрpсcуyхxіiјjѕsԁdһhкkмmтtвbԛqԝwүyӏlнhАaВbЕeКkМmНhОoРpСcТtХxУyІiЈjЅsЁeёeгrГrпnПn";
        String grk = "αaοoρpεeιiκkνvτtυuχxγyΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxωwβbδdθoλlμuπnσoςs";
        for (String map : new String[] {cyr, grk}) {
            for (int i = 0; i + 1 < map.length(); i += 2) {
                TABLE[map.charAt(i)] = map.charAt(i + 1);
            }
        }
        String smallCaps = "ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz";
        for (int i = 0; i + 1 < smallCaps.length(); i += 2) {
            TABLE[smallCaps.charAt(i)] = smallCaps.charAt(i + 1);
        }
        TABLE['ı'] = 'i';
        TABLE['ß'] = 's';
        TABLE['ø'] = 'o';
        TABLE['Ø'] = 'o';
        TABLE['æ'] = 'a';
        TABLE['œ'] = 'o';
        TABLE['ł'] = 'l';
        TABLE['đ'] = 'd';
    }

    private Folding() {
    }

    /**
     * @param c a character (surrogates return themselves; see {@link #foldCodePoint})
     * @return the folded character, or {@link #DROP}
     */
    static char fold(char c) {
        char f = TABLE[c];
        if (f != UNKNOWN) {
            return f;
        }
        f = compute(c);
        TABLE[c] = f;
        return f;
    }

    static boolean invisible(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x17B4
                || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180E) || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE007F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static char compute(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        if (invisible(c)) {
            return DROP;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK) {
            return DROP;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        char base = 0;
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            int t = Character.getType(x);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) {
                continue;
            }
            if (base != 0) {
                base = 0; // decomposes into several letters (e.g. a ligature): keep the original
                break;
            }
            base = x;
        }
        if (base == 0) {
            base = c;
        }
        if (base < 128) {
            return (base >= 'A' && base <= 'Z') ? (char) (base + 32) : base;
        }
        if (TABLE[base] != UNKNOWN && TABLE[base] < 128) {
            return TABLE[base];
        }
        if (Character.isWhitespace(base) || Character.isSpaceChar(base)) {
            return ' ';
        }
        return Character.toLowerCase(base);
    }

    /**
     * Folds a supplementary code point (mathematical alphanumerics, tag characters).
     *
     * @return the folded character, {@link #DROP}, or the high surrogate itself when it has no skeleton
     */
    static char foldCodePoint(int cp) {
        if (invisible(cp)) {
            return DROP;
        }
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (d.length() == 1 && d.charAt(0) < 128) {
            return fold(d.charAt(0));
        }
        return Character.highSurrogate(cp);
    }
}
