package io.octollm.reflex.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.octollm.spi.ratelimit.BucketDecision;
import io.octollm.spi.ratelimit.BucketStore;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link BucketStore} in this process's heap: bounded in size, and a bucket untouched for the
 * idle time is dropped (it would be full again by then if the idle time is at least
 * {@code capacity / refill} of the slowest tier, which the default of one hour is for every
 * built-in tier). Each bucket has its own lock, so different keys never contend. Thread-safe.
 */
public final class InMemoryBucketStore implements BucketStore {
    private final Cache<String, Bucket> buckets;

    /** A store for at most 1,000,000 buckets, idle expiry one hour. */
    public InMemoryBucketStore() {
        this(1_000_000, Duration.ofHours(1));
    }

    /**
     * @param maxBuckets upper bound on buckets held, positive
     * @param idleExpiry how long an untouched bucket is kept, positive
     */
    public InMemoryBucketStore(long maxBuckets, Duration idleExpiry) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("maxBuckets must be positive, was " + maxBuckets);
        }
        Objects.requireNonNull(idleExpiry, "idleExpiry");
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("idleExpiry must be positive");
        }
        buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(idleExpiry).build();
    }

    @Override
    public String name() {
        return "memory";
    }

    /** @return an estimate of the number of buckets held */
    public long size() {
        return buckets.estimatedSize();
    }

    @Override
    public BucketDecision tryConsume(String key, double capacity, double refillPerSecond, double cost, long nowMillis) {
        Objects.requireNonNull(key, "key");
        if (!(capacity > 0) || !(refillPerSecond > 0) || !(cost >= 0)) {
            throw new IllegalArgumentException("capacity and refill must be positive and cost non-negative");
        }
        Bucket b = buckets.get(key, k -> new Bucket(capacity, nowMillis));
        return b.consume(capacity, refillPerSecond, cost, nowMillis);
    }

    /** Fractional tokens plus last refill time, under a private lock. */
    private static final class Bucket {
        private final ReentrantLock lock = new ReentrantLock();
        private double tokens;
        private long last;

        Bucket(double capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        BucketDecision consume(double capacity, double rate, double cost, long now) {
            lock.lock();
            try {
                if (now > last) {
                    tokens = Math.min(capacity, tokens + (now - last) / 1000.0 * rate);
                    last = now;
                } else if (tokens > capacity) {
                    tokens = capacity;
                }
                if (tokens >= cost) {
                    tokens -= cost;
                    return new BucketDecision(true, tokens, 0);
                }
                long wait = (long) Math.ceil((cost - tokens) / rate * 1000.0);
                return new BucketDecision(false, tokens, Math.max(1, wait));
            } finally {
                lock.unlock();
            }
        }
    }
}
