package io.octollm.reflex.cache;

import java.util.Objects;

/**
 * A cache hit.
 *
 * @param key the cache key ({@code reflex:<tenant>:<64 hex>})
 * @param response the stored response
 * @param flagged whether the request was flagged when it was cached
 */
public record CachedResponse(String key, String response, boolean flagged) {
    /** Requires key and response. */
    public CachedResponse {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
    }
}
