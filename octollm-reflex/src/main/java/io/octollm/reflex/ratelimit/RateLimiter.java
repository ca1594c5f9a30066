package io.octollm.reflex.ratelimit;

import io.octollm.reflex.ReflexRequest;
import io.octollm.spi.ratelimit.BucketDecision;
import io.octollm.spi.ratelimit.BucketStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a request against token buckets per {@link Dimension}, in the order user → tenant →
 * global, and stops at the first that denies (buckets checked before it have already been
 * charged, as in the reference design). A dimension without a tier, or whose id the request
 * lacks, is skipped. When the {@link BucketStore} throws, the limiter fails closed (denies with
 * dimension {@code store-unavailable}) unless built with {@code failOpen}.
 *
 * <p>Immutable and thread-safe if the store is.
 */
public final class RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final Map<Dimension, RateLimitTier> tiers;
    /** The limited dimensions in checking order, and their tiers (no iterator per request). */
    private final Dimension[] dims;
    private final RateLimitTier[] dimTiers;
    private final BucketStore store;
    private final CostMode costMode;
    private final boolean failOpen;
    private final Clock clock;

    /**
     * @param tiers tier per dimension; dimensions absent are not limited
     * @param store where buckets live
     * @param costMode what a request costs
     * @param failOpen true to allow requests when the store fails
     * @param clock time source
     */
    public RateLimiter(Map<Dimension, RateLimitTier> tiers, BucketStore store, CostMode costMode, boolean failOpen,
                       Clock clock) {
        Map<Dimension, RateLimitTier> copy = new EnumMap<>(Dimension.class);
        copy.putAll(Objects.requireNonNull(tiers, "tiers"));
        this.tiers = Collections.unmodifiableMap(copy);
        this.dims = copy.entrySet().stream().filter(e -> !e.getValue().unlimited()).map(Map.Entry::getKey)
                .toArray(Dimension[]::new);
        this.dimTiers = new RateLimitTier[dims.length];
        for (int i = 0; i < dims.length; i++) {
            dimTiers[i] = copy.get(dims[i]);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.costMode = Objects.requireNonNull(costMode, "costMode");
        this.failOpen = failOpen;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the tiers per dimension (unmodifiable) */
    public Map<Dimension, RateLimitTier> tiers() {
        return tiers;
    }

    /** @return the store */
    public BucketStore store() {
        return store;
    }

    /**
     * @param request the request, not null
     * @return the decision; never throws for store failures
     */
    public RateLimitDecision check(ReflexRequest request) {
        double cost = costMode == CostMode.TOKENS && request.estimatedTokens() > 0 ? request.estimatedTokens() : 1;
        long now = -1;
        for (int i = 0; i < dims.length; i++) {
            Dimension dim = dims[i];
            RateLimitTier tier = dimTiers[i];
            String key = key(dim, request);
            if (key == null) {
                continue;
            }
            if (cost > tier.capacity()) {
                return new RateLimitDecision(false, dim.label(), Duration.ZERO, true);
            }
            if (now < 0) {
                now = clock.millis();
            }
            BucketDecision d;
            try {
                d = store.tryConsume(key, tier.capacity(), tier.refillPerSecond(), cost, now);
            } catch (RuntimeException ex) {
                if (failOpen) {
                    LOG.warn("rate-limit store '{}' failed; failing open: {}", store.name(), ex.toString());
                    continue;
                }
                LOG.warn("rate-limit store '{}' failed; failing closed: {}", store.name(), ex.toString());
                return new RateLimitDecision(false, "store-unavailable", Duration.ofSeconds(1), false);
            }
            if (!d.allowed()) {
                return new RateLimitDecision(false, dim.label(), Duration.ofMillis(d.retryAfterMillis()), false);
            }
        }
        return RateLimitDecision.ALLOWED;
    }

    private static String key(Dimension dimension, ReflexRequest r) {
        switch (dimension) {
            case USER:
                return r.userId() == null ? null
                        : "user:" + (r.tenantId() == null ? "-" : r.tenantId().length() + ":" + r.tenantId()) + ":" + r.userId();
            case TENANT:
                return r.tenantId() == null ? null : "tenant:" + r.tenantId();
            default:
                return "global";
        }
    }
}
