package io.octollm.spi.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The L2 response cache shared by many processes, under each process's in-memory L1.
 * Thread-safe; failures are {@link io.octollm.spi.StoreException}s, which callers treat as a miss.
 */
public interface CacheStore {
    /** @return a short name ({@code memory}, {@code jdbc}) */
    String name();

    /**
     * @param key key
     * @param now the current time (entries expiring at or before it are misses)
     * @return the live entry, if any
     */
    Optional<CacheEntry> get(String key, Instant now);

    /**
     * Stores or replaces a value.
     *
     * @param key key
     * @param value value
     * @param ttl time to live, positive
     * @param tags tags for {@link #invalidateTag}
     * @param now the current time
     */
    void put(String key, String value, Duration ttl, Set<String> tags, Instant now);

    /**
     * @param key key
     * @return true when an entry was removed
     */
    boolean invalidate(String key);

    /**
     * @param prefix key prefix, not empty
     * @return how many entries were removed
     */
    int invalidatePrefix(String prefix);

    /**
     * @param tag tag
     * @return how many entries were removed
     */
    int invalidateTag(String tag);

    /**
     * @param now the current time
     * @return how many expired entries were removed
     */
    int purgeExpired(Instant now);
}
