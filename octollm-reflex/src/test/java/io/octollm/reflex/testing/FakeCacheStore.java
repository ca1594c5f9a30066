package io.octollm.reflex.testing;

import io.octollm.spi.StoreException;
import io.octollm.spi.store.CacheEntry;
import io.octollm.spi.store.CacheStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory L2 that can be told to fail. */
public final class FakeCacheStore implements CacheStore {
    public final Map<String, CacheEntry> entries = new ConcurrentHashMap<>();
    public volatile boolean failing;

    private void check() {
        if (failing) {
            throw new StoreException("fake", "down", null, true);
        }
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Optional<CacheEntry> get(String key, Instant now) {
        check();
        CacheEntry e = entries.get(key);
        return e == null || !e.expiresAt().isAfter(now) ? Optional.empty() : Optional.of(e);
    }

    @Override
    public void put(String key, String value, Duration ttl, Set<String> tags, Instant now) {
        check();
        entries.put(key, new CacheEntry(key, value, now.plus(ttl), tags));
    }

    @Override
    public boolean invalidate(String key) {
        check();
        return entries.remove(key) != null;
    }

    @Override
    public int invalidatePrefix(String prefix) {
        check();
        int before = entries.size();
        entries.keySet().removeIf(k -> k.startsWith(prefix));
        return before - entries.size();
    }

    @Override
    public int invalidateTag(String tag) {
        check();
        int before = entries.size();
        entries.values().removeIf(e -> e.tags().contains(tag));
        return before - entries.size();
    }

    @Override
    public int purgeExpired(Instant now) {
        return 0;
    }
}
