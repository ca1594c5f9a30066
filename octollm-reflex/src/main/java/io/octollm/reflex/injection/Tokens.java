package io.octollm.reflex.injection;

import java.util.Arrays;

/** Word tokens of one scan: lexicon id (or -1), span in the original text, obfuscation flags. */
final class Tokens {
    static final int OBF_LEET = 1;
    static final int OBF_INVISIBLE = 2;
    static final int OBF_HOMOGLYPH = 4;
    static final int OBF_SPACED = 8;
    static final int OBF_JOINED = 16;
    static final int OBF_ENCODED = 32;
    static final int OBF_TYPO = 64;

    int[] id;
    int[] start;
    int[] end;
    int[] flags;
    int size;

    Tokens(int capacity) {
        int c = Math.max(16, capacity);
        id = new int[c];
        start = new int[c];
        end = new int[c];
        flags = new int[c];
    }

    void add(int wordId, int s, int e, int f) {
        if (size == id.length) {
            int c = size * 2;
            id = Arrays.copyOf(id, c);
            start = Arrays.copyOf(start, c);
            end = Arrays.copyOf(end, c);
            flags = Arrays.copyOf(flags, c);
        }
        id[size] = wordId;
        start[size] = s;
        end[size] = e;
        flags[size] = f;
        size++;
    }

    long bits(int k) {
        if (k < 0 || k >= size) {
            return 0L;
        }
        int w = id[k];
        return w < 0 ? 0L : Lexicon.BITS[w];
    }

    boolean is(int k, long cls) {
        return (bits(k) & cls) != 0;
    }

    boolean word(int k, int wordId) {
        return k >= 0 && k < size && id[k] == wordId;
    }
}
