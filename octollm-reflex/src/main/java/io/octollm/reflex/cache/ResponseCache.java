package io.octollm.reflex.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.cache.CacheKeys.L1Key;
import io.octollm.spi.store.CacheEntry;
import io.octollm.spi.store.CacheStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two-level response cache. Reads try L1, then L2 (a hit there is promoted to L1 for the entry's
 * remaining lifetime); writes go to both. L2 failures are logged and count as a miss (read) or a
 * skipped write; they never fail the caller.
 *
 * <p>The key ({@link #key(ReflexRequest)}) is {@code reflex:<tenant or _>:<SHA-256 hex>} where the
 * digest covers the tenant, the model id, the SHA-256 of the system prompt and the text with
 * whitespace runs collapsed and ends trimmed. Case is kept: "DAN" and "dan" are different keys.
 * Every entry is tagged {@code tenant:<id>} and {@code model:<id>} (when present) plus any tags the
 * host gives. Thread-safe.
 *
 * <p>Inside the process, L1 is indexed by a keyed 128-bit hash over the same normalised inputs,
 * which costs a fifth of the SHA-256; the digest is computed only when L2 is asked, on a write,
 * and for {@link #key}. A lookup that misses with no L2 configured never computes it.
 */
public final class ResponseCache {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);

    private final Cache<L1Key, Entry> l1;
    private final CacheStore l2;
    private final Duration cleanTtl;
    private final Duration flaggedTtl;
    private final Clock clock;
    private final LongAdder hits = new LongAdder();
    private final LongAdder l2Hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder puts = new LongAdder();
    private final LongAdder l2Errors = new LongAdder();

    /**
     * @param maxEntries L1 size bound, positive
     * @param cleanTtl TTL of an entry whose request was clean (default 300 s), positive
     * @param flaggedTtl TTL of an entry whose request was flagged (default 60 s), positive
     * @param l2 optional shared cache, nullable
     * @param clock time source (also drives L1 expiry)
     */
    public ResponseCache(long maxEntries, Duration cleanTtl, Duration flaggedTtl, CacheStore l2, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
        this.cleanTtl = positive(cleanTtl, "cleanTtl");
        this.flaggedTtl = positive(flaggedTtl, "flaggedTtl");
        this.l2 = l2;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.l1 = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new Expiry<L1Key, Entry>() {
                    @Override
                    public long expireAfterCreate(L1Key key, Entry value, long currentTime) {
                        return Math.max(0, TimeUnit.MILLISECONDS.toNanos(value.expiresAtMillis) - currentTime);
                    }

                    @Override
                    public long expireAfterUpdate(L1Key key, Entry value, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, value, currentTime);
                    }

                    @Override
                    public long expireAfterRead(L1Key key, Entry value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .recordStats()
                .build();
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }

    /** What L1 holds. Tags beyond tenant/model are kept only when the host gave some. */
    private record Entry(String key, String response, boolean flagged, long expiresAtMillis, String tenant,
                         String model, Set<String> tags) {
        boolean tagged(String tag) {
            return (tenant != null && tag.equals("tenant:" + tenant)) || (model != null && tag.equals("model:" + model))
                    || tags.contains(tag);
        }
    }

    /**
     * @param request a request, not null
     * @return its cache key
     */
    public String key(ReflexRequest request) {
        return CacheKeys.keyString(request.tenantId(), CacheKeys.digest(request));
    }

    /**
     * @param request a request, not null
     * @return the cached response for its scope, if any
     */
    public Optional<CachedResponse> get(ReflexRequest request) {
        Objects.requireNonNull(request, "request");
        L1Key k = CacheKeys.l1Key(request);
        Entry e = l1.getIfPresent(k);
        if (e != null) {
            hits.increment();
            return Optional.of(new CachedResponse(e.key, e.response, e.flagged));
        }
        if (l2 != null) {
            String key = CacheKeys.keyString(request.tenantId(), CacheKeys.digest(request));
            try {
                Optional<CacheEntry> hit = l2.get(key, clock.instant());
                if (hit.isPresent()) {
                    CacheEntry ce = hit.get();
                    boolean flagged = ce.tags().contains("flagged");
                    Set<String> extra = extraTags(ce.tags(), request);
                    l1.put(k, new Entry(key, ce.value(), flagged, ce.expiresAt().toEpochMilli(), request.tenantId(),
                            request.modelId(), extra));
                    hits.increment();
                    l2Hits.increment();
                    return Optional.of(new CachedResponse(key, ce.value(), flagged));
                }
            } catch (RuntimeException ex) {
                l2Errors.increment();
                LOG.warn("L2 cache '{}' failed on get; treating as a miss: {}", l2.name(), ex.toString());
            }
        }
        misses.increment();
        return Optional.empty();
    }

    private static Set<String> extraTags(Set<String> tags, ReflexRequest r) {
        Set<String> extra = null;
        for (String t : tags) {
            if (t.equals("flagged") || (r.tenantId() != null && t.equals("tenant:" + r.tenantId()))
                    || (r.modelId() != null && t.equals("model:" + r.modelId()))) {
                continue;
            }
            if (extra == null) {
                extra = new HashSet<>();
            }
            extra.add(t);
        }
        return extra == null ? Set.of() : Set.copyOf(extra);
    }

    /**
     * Stores a response with the default TTL: {@code flaggedTtl} when flagged, else {@code cleanTtl}.
     *
     * @param request the request it answers
     * @param response the response
     * @param flagged whether the request was flagged
     * @return the key written
     */
    public String put(ReflexRequest request, String response, boolean flagged) {
        return put(request, response, flagged, flagged ? flaggedTtl : cleanTtl, Set.of());
    }

    /**
     * @param request the request it answers, not null
     * @param response the response, not null
     * @param flagged whether the request was flagged
     * @param ttl time to live, positive
     * @param tags extra tags for {@link #invalidateTag}, not null
     * @return the key written
     */
    public String put(ReflexRequest request, String response, boolean flagged, Duration ttl, Set<String> tags) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        positive(ttl, "ttl");
        Objects.requireNonNull(tags, "tags");
        byte[] d = CacheKeys.digest(request);
        String key = CacheKeys.keyString(request.tenantId(), d);
        Instant now = clock.instant();
        long expires = now.toEpochMilli() + ttl.toMillis();
        l1.put(CacheKeys.l1Key(request), new Entry(key, response, flagged, expires, request.tenantId(),
                request.modelId(), tags.isEmpty() ? Set.of() : Set.copyOf(tags)));
        puts.increment();
        if (l2 != null) {
            Set<String> all = new HashSet<>(tags);
            if (request.tenantId() != null) {
                all.add("tenant:" + request.tenantId());
            }
            if (request.modelId() != null) {
                all.add("model:" + request.modelId());
            }
            if (flagged) {
                all.add("flagged");
            }
            try {
                l2.put(key, response, ttl, all, now);
            } catch (RuntimeException ex) {
                l2Errors.increment();
                LOG.warn("L2 cache '{}' failed on put; entry kept in L1 only: {}", l2.name(), ex.toString());
            }
        }
        return key;
    }

    /**
     * @param request the request whose entry to drop
     * @return true when an entry was removed from L1 or L2
     */
    public boolean invalidate(ReflexRequest request) {
        boolean removed = l1.asMap().remove(CacheKeys.l1Key(request)) != null;
        if (l2 != null) {
            try {
                removed |= l2.invalidate(CacheKeys.keyString(request.tenantId(), CacheKeys.digest(request)));
            } catch (RuntimeException ex) {
                l2Errors.increment();
                LOG.warn("L2 cache '{}' failed on invalidate: {}", l2.name(), ex.toString());
            }
        }
        return removed;
    }

    /**
     * @param key a key as returned by {@link #key} or {@link #put}
     * @return true when an entry was removed
     */
    public boolean invalidateKey(String key) {
        Objects.requireNonNull(key, "key");
        boolean removed = l1.asMap().values().removeIf(e -> e.key.equals(key));
        if (l2 != null) {
            try {
                removed |= l2.invalidate(key);
            } catch (RuntimeException ex) {
                l2Errors.increment();
                LOG.warn("L2 cache '{}' failed on invalidate: {}", l2.name(), ex.toString());
            }
        }
        return removed;
    }

    /**
     * Drops every entry whose key starts with {@code prefix}, e.g. {@code reflex:acme:} for one tenant.
     *
     * @param prefix not empty
     * @return entries removed (L1 count plus L2 count; an entry in both counts twice)
     */
    public int invalidatePrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix must not be empty");
        }
        int[] n = {0};
        l1.asMap().values().removeIf(e -> e.key.startsWith(prefix) && ++n[0] > 0);
        if (l2 != null) {
            try {
                n[0] += l2.invalidatePrefix(prefix);
            } catch (RuntimeException ex) {
                l2Errors.increment();
                LOG.warn("L2 cache '{}' failed on invalidatePrefix: {}", l2.name(), ex.toString());
            }
        }
        return n[0];
    }

    /**
     * @param tag e.g. {@code tenant:acme}, {@code model:gpt-4o}, or a host tag
     * @return entries removed (L1 plus L2)
     */
    public int invalidateTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        int[] n = {0};
        l1.asMap().values().removeIf(e -> e.tagged(tag) && ++n[0] > 0);
        if (l2 != null) {
            try {
                n[0] += l2.invalidateTag(tag);
            } catch (RuntimeException ex) {
                l2Errors.increment();
                LOG.warn("L2 cache '{}' failed on invalidateTag: {}", l2.name(), ex.toString());
            }
        }
        return n[0];
    }

    /** Drops every L1 entry (L2 is shared and left alone). */
    public void clearLocal() {
        l1.invalidateAll();
    }

    /**
     * Pre-loads responses, e.g. frequent questions at start-up. A supplier that throws is logged
     * and counts as zero entries.
     *
     * @param entries supplies request → response pairs (clean TTL)
     * @return entries written
     */
    public int warm(Supplier<? extends Map<ReflexRequest, String>> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<ReflexRequest, String> m;
        try {
            m = entries.get();
        } catch (RuntimeException ex) {
            LOG.warn("cache warming supplier failed: {}", ex.toString());
            return 0;
        }
        if (m == null) {
            return 0;
        }
        int n = 0;
        for (Map.Entry<ReflexRequest, String> e : m.entrySet()) {
            put(e.getKey(), e.getValue(), false);
            n++;
        }
        return n;
    }

    /** @return counters since the cache was built */
    public CacheStats stats() {
        return new CacheStats(hits.sum(), l2Hits.sum(), misses.sum(), puts.sum(), l1.stats().evictionCount(),
                l2Errors.sum(), l1.estimatedSize());
    }

    /** Runs pending L1 maintenance (expiry, eviction) now; for tests and memory measurements. */
    public void cleanUp() {
        l1.cleanUp();
    }
}
