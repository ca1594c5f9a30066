package io.octollm.reflex.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.octollm.reflex.ReflexRequest;
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
 */
public final class ResponseCache {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);

    private final Cache<L1Key, Entry> l1;
    /**
     * Front index for verbatim repeats: a seeded 128-bit hash of (tenant, model, system prompt,
     * exact text) → the L1 key, so a repeat skips the UTF-8 encoding, whitespace normalisation and
     * SHA-256. It holds no text. A miss here falls through to the normalised SHA-256 key, and
     * invalidation works on L1, so this index never changes what is answered.
     */
    private final Cache<ExactKey, L1Key> exact;
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
        this.exact = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    private static final long SEED_A = java.util.concurrent.ThreadLocalRandom.current().nextLong() | 1;
    private static final long SEED_B = java.util.concurrent.ThreadLocalRandom.current().nextLong() | 1;

    /** A seeded 128-bit hash of the scope and the exact text (no normalisation). */
    private record ExactKey(long a, long b, int length) {
        static ExactKey of(ReflexRequest r) {
            long[] h = {SEED_A, SEED_B};
            mix(h, r.tenantId());
            mix(h, r.modelId());
            mix(h, r.systemPrompt());
            String t = r.text();
            mix(h, t);
            return new ExactKey(h[0], h[1], t.length());
        }

        private static void mix(long[] h, String s) {
            long a = h[0];
            long b = h[1];
            if (s == null) {
                a = step(a ^ 0x9E3779B97F4A7C15L, 0xBF58476D1CE4E5B9L);
                b = step(b ^ 0x94D049BB133111EBL, 0xD6E8FEB86659FD93L);
            } else {
                int n = s.length();
                int i = 0;
                for (; i + 3 < n; i += 4) {
                    long v = s.charAt(i) | ((long) s.charAt(i + 1) << 16) | ((long) s.charAt(i + 2) << 32)
                            | ((long) s.charAt(i + 3) << 48);
                    a = step(a ^ v, 0x9FB21C651E98DF25L);
                    b = step(b + v, 0xC2B2AE3D27D4EB4FL);
                }
                long v = n;
                for (; i < n; i++) {
                    v = (v << 16) | s.charAt(i);
                }
                a = step(a ^ v ^ n, 0x9FB21C651E98DF25L);
                b = step(b + v + n, 0xC2B2AE3D27D4EB4FL);
            }
            h[0] = a;
            h[1] = b;
        }

        private static long step(long x, long m) {
            x *= m;
            return x ^ (x >>> 29);
        }
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }

    /** A 128-bit prefix of the digest: compact, and collision-free in practice for an L1. */
    private record L1Key(long hi, long lo) {
    }

    /** What L1 holds. Tags beyond tenant/model are kept only when the host gave some. */
    private record Entry(String key, String response, boolean flagged, long expiresAtMillis, String tenant,
                         String model, Set<String> tags) {
        boolean tagged(String tag) {
            return (tenant != null && tag.equals("tenant:" + tenant)) || (model != null && tag.equals("model:" + model))
                    || tags.contains(tag);
        }
    }

    private static L1Key l1Key(byte[] d) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (d[i] & 0xFF);
            lo = (lo << 8) | (d[8 + i] & 0xFF);
        }
        return new L1Key(hi, lo);
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
        ExactKey ek = ExactKey.of(request);
        L1Key known = exact.getIfPresent(ek);
        if (known != null) {
            Entry e = l1.getIfPresent(known);
            if (e != null) {
                hits.increment();
                return Optional.of(new CachedResponse(e.key, e.response, e.flagged));
            }
        }
        byte[] d = CacheKeys.digest(request);
        L1Key k = l1Key(d);
        Entry e = l1.getIfPresent(k);
        if (e != null) {
            exact.put(ek, k);
            hits.increment();
            return Optional.of(new CachedResponse(e.key, e.response, e.flagged));
        }
        if (l2 != null) {
            String key = CacheKeys.keyString(request.tenantId(), d);
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
        L1Key k = l1Key(d);
        l1.put(k, new Entry(key, response, flagged, expires, request.tenantId(), request.modelId(),
                tags.isEmpty() ? Set.of() : Set.copyOf(tags)));
        exact.put(ExactKey.of(request), k);
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
        byte[] d = CacheKeys.digest(request);
        boolean removed = l1.asMap().remove(l1Key(d)) != null;
        if (l2 != null) {
            try {
                removed |= l2.invalidate(CacheKeys.keyString(request.tenantId(), d));
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
        exact.invalidateAll();
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
        exact.cleanUp();
    }
}
