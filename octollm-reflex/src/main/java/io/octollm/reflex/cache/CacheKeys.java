package io.octollm.reflex.cache;

import io.octollm.reflex.ReflexRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

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
        int n = u.length;
        int from = 0;
        while (from < n && ws(u[from])) {
            from++;
        }
        int to = n;
        while (to > from && ws(u[to - 1])) {
            to--;
        }
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
