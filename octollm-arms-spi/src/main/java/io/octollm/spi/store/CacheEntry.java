package io.octollm.spi.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A cached value with its expiry.
 *
 * @param key the key
 * @param value the value (usually JSON)
 * @param expiresAt when it stops being valid
 * @param tags tags for group invalidation
 */
public record CacheEntry(String key, String value, Instant expiresAt, Set<String> tags) {
    /** Requires key, value and expiry. */
    public CacheEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
