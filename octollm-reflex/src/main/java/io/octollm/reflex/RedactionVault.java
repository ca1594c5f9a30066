package io.octollm.reflex;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-request map from placeholder ({@code [EMAIL_1]}) to the original value it replaced, so the
 * final answer can be rehydrated for the caller while the LLM and the logs only see placeholders.
 *
 * <p>Immutable and thread-safe once built. It is deliberately not {@link java.io.Serializable},
 * its {@link #toString()} never shows an original value, and {@link #asMap()} is the only way to
 * read the originals out in bulk: the vault is never serialised unless the host asks.
 */
public final class RedactionVault {
    private static final RedactionVault EMPTY = new RedactionVault(new String[0], new String[0]);
    /** Up to this many entries a lookup is a linear scan; above it a hash index is built once. */
    private static final int SCAN = 8;

    /** Placeholders and their originals, in creation order. */
    private final String[] placeholders;
    private final String[] originals;
    /** Built on first use: the map view of {@link #asMap()}, and the lookup index of a large vault. */
    private Map<String, String> map;

    private RedactionVault(String[] placeholders, String[] originals) {
        this.placeholders = placeholders;
        this.originals = originals;
    }

    /** @return the vault of a request where nothing was redacted */
    public static RedactionVault empty() {
        return EMPTY;
    }

    /**
     * @param placeholderToOriginal entries, in the order the placeholders were made; copied
     * @return a vault
     * @throws NullPointerException for a null map, key or value
     */
    public static RedactionVault of(Map<String, String> placeholderToOriginal) {
        Objects.requireNonNull(placeholderToOriginal, "placeholderToOriginal");
        Builder b = new Builder(placeholderToOriginal.size());
        for (Map.Entry<String, String> e : placeholderToOriginal.entrySet()) {
            b.put(e.getKey(), e.getValue());
        }
        return b.build();
    }

    /**
     * @param expected how many placeholders the vault will likely hold (it grows past that)
     * @return a builder that keeps the placeholders in the order they are put
     */
    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    /** Collects placeholder / original pairs in creation order. Not thread-safe; use once. */
    public static final class Builder {
        private String[] placeholders;
        private String[] originals;
        private int size;

        private Builder(int expected) {
            int n = Math.max(expected, 1);
            placeholders = new String[n];
            originals = new String[n];
        }

        /**
         * @param placeholder e.g. {@code [EMAIL_1]}, distinct from the others put
         * @param original the value it replaced
         * @return this builder
         * @throws NullPointerException for a null placeholder or original
         */
        public Builder put(String placeholder, String original) {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(original, "original");
            if (size == placeholders.length) {
                placeholders = Arrays.copyOf(placeholders, size * 2);
                originals = Arrays.copyOf(originals, size * 2);
            }
            placeholders[size] = placeholder;
            originals[size] = original;
            size++;
            return this;
        }

        /**
         * @return the vault ({@link #empty()} when nothing was put)
         * @throws IllegalArgumentException when a placeholder was put twice
         */
        public RedactionVault build() {
            if (size == 0) {
                return EMPTY;
            }
            String[] p = size == placeholders.length ? placeholders : Arrays.copyOf(placeholders, size);
            String[] o = size == originals.length ? originals : Arrays.copyOf(originals, size);
            if (size <= SCAN ? repeats(p) : new HashSet<>(Arrays.asList(p)).size() != size) {
                throw new IllegalArgumentException("a placeholder was put twice");
            }
            placeholders = null; // used once: the arrays now belong to the vault
            originals = null;
            return new RedactionVault(p, o);
        }

        private static boolean repeats(String[] p) {
            for (int i = 0; i < p.length; i++) {
                for (int j = i + 1; j < p.length; j++) {
                    if (p[i].equals(p[j])) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** @return true when nothing was redacted */
    public boolean isEmpty() {
        return placeholders.length == 0;
    }

    /** @return number of placeholders */
    public int size() {
        return placeholders.length;
    }

    /**
     * @param placeholder e.g. {@code [EMAIL_1]}
     * @return the original value, if this vault made that placeholder
     */
    public Optional<String> original(String placeholder) {
        return Optional.ofNullable(lookup(placeholder));
    }

    private String lookup(String placeholder) {
        if (placeholders.length > SCAN) {
            return asMap().get(placeholder);
        }
        for (int k = 0; k < placeholders.length; k++) {
            if (placeholders[k].equals(placeholder)) {
                return originals[k];
            }
        }
        return null;
    }

    /**
     * Replaces every placeholder of this vault found in {@code text} by its original value. Text
     * that holds no placeholder is returned unchanged. Runs in time linear in the text length.
     *
     * @param text e.g. the LLM's answer, not null
     * @return the text with originals restored
     */
    public String rehydrate(String text) {
        Objects.requireNonNull(text, "text");
        if (placeholders.length == 0 || text.indexOf('[') < 0) {
            return text;
        }
        StringBuilder sb = null;
        int copied = 0;
        int i = text.indexOf('[');
        while (i >= 0) {
            int close = text.indexOf(']', i + 1);
            if (close < 0) {
                break;
            }
            if (close - i <= 48) {
                String original = lookup(text.substring(i, close + 1));
                if (original != null) {
                    if (sb == null) {
                        sb = new StringBuilder(text.length() + 32);
                    }
                    sb.append(text, copied, i).append(original);
                    copied = close + 1;
                    i = text.indexOf('[', close + 1);
                    continue;
                }
            }
            i = text.indexOf('[', i + 1);
        }
        if (sb == null) {
            return text;
        }
        return sb.append(text, copied, text.length()).toString();
    }

    /**
     * The originals in bulk, for a host that decides to persist or forward them.
     *
     * @return an unmodifiable placeholder → original map, in creation order
     */
    public Map<String, String> asMap() {
        Map<String, String> m = map;
        if (m == null) {
            // an unmodifiable wrapper over a map filled before it is published: safe to share across threads
            Map<String, String> copy = new LinkedHashMap<>(placeholders.length * 2);
            for (int k = 0; k < placeholders.length; k++) {
                copy.put(placeholders[k], originals[k]);
            }
            m = Collections.unmodifiableMap(copy);
            map = m;
        }
        return m;
    }

    /** Shows placeholders only, never originals. */
    @Override
    public String toString() {
        return "RedactionVault" + Arrays.toString(placeholders);
    }
}
