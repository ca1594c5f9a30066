package io.octollm.reflex.pii;

import io.octollm.reflex.Finding;
import io.octollm.reflex.RedactionVault;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces PII findings in a text according to a {@link RedactionStrategy}. With the placeholder
 * strategy the same original value gets the same placeholder within one call ({@code [EMAIL_1]}
 * twice for the same address) and the mapping is returned in a {@link RedactionVault}.
 *
 * <p>Injection findings are ignored. Immutable and thread-safe.
 */
public final class Redactor {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final RedactionStrategy strategy;
    private final byte[] hashKey;

    private Redactor(RedactionStrategy strategy, byte[] hashKey) {
        this.strategy = strategy;
        this.hashKey = hashKey;
    }

    /**
     * @param strategy the strategy, not null
     * @return a redactor; the hash strategy gets a random per-instance key
     */
    public static Redactor of(RedactionStrategy strategy) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Redactor(Objects.requireNonNull(strategy, "strategy"), key);
    }

    /**
     * @param strategy the strategy, not null
     * @param hashKey the HMAC key for the hash strategy (so hashes are stable across processes), not empty
     * @return a redactor
     */
    public static Redactor of(RedactionStrategy strategy, byte[] hashKey) {
        Objects.requireNonNull(hashKey, "hashKey");
        if (hashKey.length == 0) {
            throw new IllegalArgumentException("hashKey must not be empty");
        }
        return new Redactor(Objects.requireNonNull(strategy, "strategy"), hashKey.clone());
    }

    /** @return the strategy */
    public RedactionStrategy strategy() {
        return strategy;
    }

    /**
     * @param text the text the findings were made on, not null
     * @param findings findings in {@link Finding#ORDER}, non-overlapping (as {@link PiiDetector} returns them)
     * @return the redacted text and its vault
     * @throws IllegalArgumentException when a finding lies outside the text
     */
    public Redaction redact(String text, List<Finding> findings) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(findings, "findings");
        if (findings.isEmpty()) {
            return new Redaction(text, RedactionVault.empty());
        }
        StringBuilder sb = new StringBuilder(text.length() + 16 * findings.size());
        boolean placeholders = strategy instanceof RedactionStrategy.Placeholder;
        // the vault in creation order: placeholder, original (each placeholder is made once)
        RedactionVault.Builder vault = placeholders ? RedactionVault.builder(findings.size()) : null;
        // placeholders given so far, in order: label, original, placeholder (a handful per text, so a
        // linear search beats hashing; past 16 a map takes over)
        int given = 0;
        String[] givenLabel = placeholders ? new String[Math.min(findings.size(), 16)] : null;
        String[] givenOriginal = placeholders ? new String[givenLabel.length] : null;
        String[] givenPlaceholder = placeholders ? new String[givenLabel.length] : null;
        Map<String, String> byOriginal = null;
        Map<String, Integer> counters = null;
        int copied = 0;
        for (Finding f : findings) {
            if (f.category() == Finding.Category.INJECTION || f.start() < copied) {
                continue;
            }
            if (f.end() > text.length()) {
                throw new IllegalArgumentException("finding " + f.type() + " [" + f.start() + ", " + f.end()
                        + ") lies outside a text of length " + text.length());
            }
            sb.append(text, copied, f.start());
            String original = text.substring(f.start(), f.end());
            String label = labelOf(f);
            if (placeholders) {
                String ph = null;
                int sameLabel = 0;
                for (int g = 0; g < given && ph == null; g++) {
                    if (givenLabel[g].equals(label)) {
                        sameLabel++;
                        if (givenOriginal[g].equals(original)) {
                            ph = givenPlaceholder[g];
                        }
                    }
                }
                if (ph == null && byOriginal != null) {
                    ph = byOriginal.get(label + '\u0000' + original);
                }
                if (ph == null) {
                    int k;
                    if (given < givenLabel.length) {
                        k = sameLabel + 1;
                        ph = "[" + label + "_" + k + "]";
                        givenLabel[given] = label;
                        givenOriginal[given] = original;
                        givenPlaceholder[given] = ph;
                        given++;
                    } else {
                        if (byOriginal == null) {
                            byOriginal = new HashMap<>();
                            counters = new HashMap<>();
                            for (int g = 0; g < given; g++) {
                                counters.merge(givenLabel[g], 1, Integer::sum);
                            }
                        }
                        k = counters.merge(label, 1, Integer::sum);
                        ph = "[" + label + "_" + k + "]";
                        byOriginal.put(label + '\u0000' + original, ph);
                    }
                    vault.put(ph, original);
                }
                sb.append(ph);
            } else if (strategy instanceof RedactionStrategy.Mask) {
                sb.append("*".repeat(original.length()));
            } else if (strategy instanceof RedactionStrategy.Partial) {
                int keep = Math.min(((RedactionStrategy.Partial) strategy).keepLast(), original.length());
                if (original.length() <= keep) {
                    keep = 0;
                }
                sb.append("X".repeat(original.length() - keep)).append(original, original.length() - keep, original.length());
            } else if (strategy instanceof RedactionStrategy.Hash) {
                sb.append('[').append(label).append(':').append(hmac16(original)).append(']');
            }
            copied = f.end();
        }
        sb.append(text, copied, text.length());
        return new Redaction(sb.toString(), vault == null ? RedactionVault.empty() : vault.build());
    }

    private static String labelOf(Finding f) {
        try {
            return PiiType.valueOf(f.type()).label();
        } catch (IllegalArgumentException e) {
            return f.type();
        }
    }

    private String hmac16(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
            byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[16];
            for (int i = 0; i < 8; i++) {
                out[2 * i] = HEX[(h[i] >> 4) & 15];
                out[2 * i + 1] = HEX[h[i] & 15];
            }
            return new String(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
