package io.octollm.reflex.cache;

import io.octollm.reflex.ReflexRequest;
import java.nio.charset.StandardCharsets;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Computes the SHA-256 cache digest of a request. The text is UTF-8 encoded; leading and trailing
 * ASCII whitespace is dropped and inner runs of ASCII whitespace become one space (non-ASCII spaces
 * are kept as they are); case is kept. Already-normalised text (the common case) is hashed in one
 * call without a copy. Thread-safe (per-thread digest).
 */
final class CacheKeys {
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CacheKeys() {
    }

    private static final class State {
        final MessageDigest sha;
        final byte[] buf = new byte[4096];

        State() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 unavailable", e);
            }
        }
    }

    /** @return the 32-byte digest */
    static byte[] digest(ReflexRequest r) {
        State st = STATE.get();
        MessageDigest md = st.sha;
        md.reset();
        byte[] buf = st.buf;
        int b = 0;
        buf[b++] = 'v';
        buf[b++] = '1';
        buf[b++] = 0;
        b = field(md, buf, b, r.tenantId());
        b = field(md, buf, b, r.modelId());
        if (r.systemPrompt() != null) {
            md.update(buf, 0, b);
            b = 0;
            byte[] sys = sha256(r.systemPrompt().getBytes(StandardCharsets.UTF_8));
            md.update(sys);
        }
        buf[b++] = 0;
        md.update(buf, 0, b);
        byte[] u = r.text().getBytes(StandardCharsets.UTF_8);
        int from = trimStart(u);
        int to = trimEnd(u, from);
        boolean clean = true;
        for (int i = from; i < to; i++) {
            byte c = u[i];
            if (c <= ' ' && ws(c) && (c != ' ' || ws(u[i + 1]))) {
                clean = false;
                break;
            }
        }
        if (clean) {
            md.update(u, from, to - from);
            return md.digest();
        }
        b = 0;
        boolean pending = false;
        for (int i = from; i < to; i++) {
            byte c = u[i];
            if (ws(c)) {
                pending = true;
                continue;
            }
            if (b > buf.length - 2) {
                md.update(buf, 0, b);
                b = 0;
            }
            if (pending) {
                buf[b++] = ' ';
                pending = false;
            }
            buf[b++] = c;
        }
        md.update(buf, 0, b);
        return md.digest();
    }

    /** @return the index of the first byte that is not ASCII whitespace (the length when there is none) */
    private static int trimStart(byte[] u) {
        int from = 0;
        while (from < u.length && ws(u[from])) {
            from++;
        }
        return from;
    }

    /** @return the end of {@code u} without its trailing ASCII whitespace, not below {@code from} */
    private static int trimEnd(byte[] u, int from) {
        int to = u.length;
        while (to > from && ws(u[to - 1])) {
            to--;
        }
        return to;
    }

    /** ASCII whitespace: space, tab, LF, VT, FF, CR. */
    private static boolean ws(byte c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static int field(MessageDigest md, byte[] buf, int b, String v) {
        if (v == null) {
            buf[b++] = 1;
            return b;
        }
        md.update(buf, 0, b);
        md.update(v.getBytes(StandardCharsets.UTF_8));
        buf[0] = 0;
        return 1;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The in-process L1 key: two independent 64-bit lanes of a keyed hash. */
    record L1Key(long hi, long lo) {
    }

    /** Per-JVM random keys, so nobody outside the process can aim inputs at one L1 slot. */
    private static final long K0 = new SecureRandom().nextLong() | 1;
    private static final long K1 = new SecureRandom().nextLong() | 1;
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;
    private static final long SPACE_BYTES = 0x2020202020202020L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The L1 key of a request: a keyed 128-bit hash over exactly what {@link #digest} covers (tenant,
     * model, system prompt, and the text normalised the same way), so two requests get the same L1
     * key exactly when they get the same SHA-256 key, up to a 2^-128 chance. About five times
     * cheaper than the digest; the digest is computed only for L2 and for {@link
     * ResponseCache#key}. The hash is keyed with per-JVM random values and never leaves the process.
     *
     * @param r a request
     * @return its L1 key
     */
    static L1Key l1Key(ReflexRequest r) {
        Lanes h = LANES.get();
        h.a = K0;
        h.b = K1;
        h.field(r.tenantId());
        h.field(r.modelId());
        h.field(r.systemPrompt());
        h.text(r.text());
        return h.finish();
    }

    private static final ThreadLocal<Lanes> LANES = ThreadLocal.withInitial(Lanes::new);

    /** Hash state: two lanes fed the same 64-bit blocks with different multipliers. */
    private static final class Lanes {
        long a;
        long b;
        // pending output chars of the normalised text, packed 16 bits each
        private long acc;
        private int accLen;
        private int outLen;

        /** One round per lane (the xxHash64 round shape); the lanes' chains run in parallel. */
        void block(long v) {
            a = Long.rotateLeft(a + v * P2, 31) * P1;
            b = Long.rotateLeft(b + v * P4, 27) * P3;
        }

        L1Key finish() {
            long x = avalanche(a ^ Long.rotateLeft(b, 17));
            long y = avalanche(b + Long.rotateLeft(a, 41) * P5);
            return new L1Key(x, y);
        }

        private static long avalanche(long h) {
            h ^= h >>> 33;
            h *= P2;
            h ^= h >>> 29;
            h *= P3;
            return h ^ (h >>> 32);
        }

        void field(String v) {
            if (v == null) {
                block(0xFFFF_FFFF_FFFF_FFFFL);
                return;
            }
            int n = v.length();
            int i = 0;
            for (; i + 3 < n; i += 4) {
                block(v.charAt(i) | ((long) v.charAt(i + 1) << 16) | ((long) v.charAt(i + 2) << 32)
                        | ((long) v.charAt(i + 3) << 48));
            }
            long t = 0;
            for (int k = 0; i < n; i++, k += 16) {
                t |= (long) v.charAt(i) << k;
            }
            block(t);
            block(n);
        }

        /**
         * Feeds the UTF-8 text trimmed of ASCII whitespace, with inner whitespace runs as one space:
         * eight bytes at a time, branch-free unless a block holds a control byte or a second space.
         */
        void text(String s) {
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            int from = trimStart(u);
            int to = trimEnd(u, from);
            acc = 0;
            accLen = 0;
            outLen = 0;
            long prevSpace = 0; // bit 63 set: the output so far ends with a space
            // the lanes and the count live in locals through the loop (fields only around the rare slow
            // block), so each round's chain does not wait on a store and a reload
            long ha = a;
            long hb = b;
            int i = from;
            // while every block is clean the output is the input: sixteen bytes a step, one test for both
            // blocks, nothing pending
            for (; i + 15 < to; i += 16) {
                long v0 = (long) LONGS.get(u, i);
                long v1 = (long) LONGS.get(u, i + 8);
                long x0 = v0 ^ SPACE_BYTES;
                long x1 = v1 ^ SPACE_BYTES;
                long s0 = ~(((x0 & LOW7) + LOW7) | x0 | LOW7);
                long s1 = ~(((x1 & LOW7) + LOW7) | x1 | LOW7);
                long bad = ((v0 - SPACE_BYTES) & ~v0 & HIGH_BITS) | ((v1 - SPACE_BYTES) & ~v1 & HIGH_BITS)
                        | (s0 & (s0 << 8)) | (s1 & (s1 << 8)) | (s0 & (prevSpace >>> 56)) | (s1 & (s0 >>> 56));
                if (bad != 0) {
                    break;
                }
                prevSpace = s1;
                ha = Long.rotateLeft(ha + v0 * P2, 31) * P1;
                hb = Long.rotateLeft(hb + v0 * P4, 27) * P3;
                ha = Long.rotateLeft(ha + v1 * P2, 31) * P1;
                hb = Long.rotateLeft(hb + v1 * P4, 27) * P3;
            }
            int out = i - from;
            for (; i + 7 < to; i += 8) {
                long v = (long) LONGS.get(u, i);
                long x = v ^ SPACE_BYTES;
                long space = ~(((x & LOW7) + LOW7) | x | LOW7); // bit 7 of each byte that is ' '
                // a byte < 0x20 (tab, newline, CR, controls), two spaces in a row inside the block, or
                // a space right after the output's last space
                long bad = ((v - SPACE_BYTES) & ~v & HIGH_BITS) | (space & (space << 8)) | (space & (prevSpace >>> 56));
                if (bad != 0) {
                    a = ha;
                    b = hb;
                    outLen += out;
                    out = 0;
                    prevSpace = emitNormalised(u, i, i + 8, prevSpace < 0) ? Long.MIN_VALUE : 0;
                    ha = a;
                    hb = b;
                    continue;
                }
                prevSpace = space;
                out += 8;
                long w = v;
                int pending = accLen;
                if (pending != 0) {
                    int sh = pending << 3;
                    w = acc | (v << sh);
                    acc = v >>> (64 - sh);
                }
                ha = Long.rotateLeft(ha + w * P2, 31) * P1;
                hb = Long.rotateLeft(hb + w * P4, 27) * P3;
            }
            a = ha;
            b = hb;
            outLen += out;
            emitNormalised(u, i, to, prevSpace < 0);
            block(acc);
            block(((long) outLen << 8) | accLen);
        }

        /**
         * Feeds {@code u[from, to)} one byte at a time, whitespace runs as one space.
         *
         * @param lastSpace whether the output so far ends with a space
         * @return whether it does afterwards
         */
        private boolean emitNormalised(byte[] u, int from, int to, boolean lastSpace) {
            for (int k = from; k < to; k++) {
                byte ch = u[k];
                if (ws(ch)) {
                    if (!lastSpace) {
                        emit((byte) ' ');
                        lastSpace = true;
                    }
                } else {
                    emit(ch);
                    lastSpace = false;
                }
            }
            return lastSpace;
        }

        private void emit(byte ch) {
            acc |= (ch & 0xFFL) << (accLen << 3);
            outLen++;
            if (++accLen == 8) {
                block(acc);
                acc = 0;
                accLen = 0;
            }
        }
    }

    static String keyString(String tenant, byte[] d) {
        String t = tenant == null ? "_" : tenant;
        StringBuilder sb = new StringBuilder(8 + t.length() + 64);
        sb.append("reflex:").append(t).append(':');
        for (byte x : d) {
            sb.append(HEX[(x >> 4) & 15]).append(HEX[x & 15]);
        }
        return sb.toString();
    }
}
