package io.octollm.reflex;

import java.util.Collections;
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
    private static final RedactionVault EMPTY = new RedactionVault(Map.of());

    private final Map<String, String> byPlaceholder;

    private RedactionVault(Map<String, String> byPlaceholder) {
        this.byPlaceholder = byPlaceholder;
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
        if (placeholderToOriginal.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        placeholderToOriginal.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "placeholder"),
                Objects.requireNonNull(v, "original")));
        return new RedactionVault(Collections.unmodifiableMap(copy));
    }

    /** @return true when nothing was redacted */
    public boolean isEmpty() {
        return byPlaceholder.isEmpty();
    }

    /** @return number of placeholders */
    public int size() {
        return byPlaceholder.size();
    }

    /**
     * @param placeholder e.g. {@code [EMAIL_1]}
     * @return the original value, if this vault made that placeholder
     */
    public Optional<String> original(String placeholder) {
        return Optional.ofNullable(byPlaceholder.get(placeholder));
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
        if (byPlaceholder.isEmpty() || text.indexOf('[') < 0) {
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
                String original = byPlaceholder.get(text.substring(i, close + 1));
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
        return byPlaceholder;
    }

    /** Shows placeholders only, never originals. */
    @Override
    public String toString() {
        return "RedactionVault" + byPlaceholder.keySet();
    }
}
