package io.octollm.reflex.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.testing.FakeClock;
import io.octollm.spi.StoreException;
import io.octollm.spi.ratelimit.BucketDecision;
import io.octollm.spi.ratelimit.BucketStore;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final FakeClock clock = new FakeClock();

    private static Map<Dimension, RateLimitTier> tiers(Object... kv) {
        Map<Dimension, RateLimitTier> m = new EnumMap<>(Dimension.class);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((Dimension) kv[i], (RateLimitTier) kv[i + 1]);
        }
        return m;
    }

    @Test
    void tryConsume_fractionalRefill_exactRetryAfter() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        long t = 0;
        for (int i = 0; i < 10; i++) {
            assertThat(store.tryConsume("k", 10, 100.0 / 3600, 1, t).allowed()).isTrue();
        }
        BucketDecision d = store.tryConsume("k", 10, 100.0 / 3600, 1, t);
        assertThat(d.allowed()).isFalse();
        assertThat(d.retryAfterMillis()).isEqualTo(36_000);
        assertThat(store.tryConsume("k", 10, 100.0 / 3600, 1, t + 35_999).allowed()).isFalse();
        assertThat(store.tryConsume("k", 10, 100.0 / 3600, 1, t + 36_000).allowed()).isTrue();
    }

    @Test
    void tryConsume_neverExceedsCapacity() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        store.tryConsume("k", 5, 1, 5, 0);
        BucketDecision d = store.tryConsume("k", 5, 1, 0, 1_000_000);
        assertThat(d.remaining()).isEqualTo(5.0);
    }

    @Test
    void check_dimensionsInOrder_stopsAtFirstDenial() {
        RateLimiter limiter = new RateLimiter(tiers(Dimension.USER, new RateLimitTier("u", 1, 1),
                Dimension.TENANT, new RateLimitTier("t", 100, 1), Dimension.GLOBAL, new RateLimitTier("g", 2, 1)),
                new InMemoryBucketStore(), CostMode.REQUESTS, false, clock);
        ReflexRequest a = ReflexRequest.of("x").withIds("acme", "alice");
        assertThat(limiter.check(a).allowed()).isTrue();
        RateLimitDecision d = limiter.check(a);
        assertThat(d.allowed()).isFalse();
        assertThat(d.dimension()).isEqualTo("user");
        assertThat(d.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.check(a.withIds("acme", "bob")).allowed()).isTrue();
        RateLimitDecision g = limiter.check(a.withIds("acme", "carol"));
        assertThat(g.dimension()).isEqualTo("global");
    }

    @Test
    void check_tokenCost_usesEstimatedTokens() {
        RateLimiter limiter = new RateLimiter(tiers(Dimension.TENANT, RateLimitTier.fromRpm(1000, 1000)),
                new InMemoryBucketStore(), CostMode.TOKENS, false, clock);
        ReflexRequest r = ReflexRequest.of("x").withIds("acme", null).withEstimatedTokens(600);
        assertThat(limiter.check(r).allowed()).isTrue();
        RateLimitDecision d = limiter.check(r);
        assertThat(d.allowed()).isFalse();
        assertThat(d.retryAfter()).isEqualTo(Duration.ofMillis(12_000));
        assertThat(limiter.check(r.withEstimatedTokens(5000)).impossible()).isTrue();
    }

    @Test
    void check_storeFails_closedByDefault_openWhenConfigured() {
        BucketStore broken = new BucketStore() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public BucketDecision tryConsume(String key, double c, double r, double cost, long now) {
                throw new StoreException("broken", "down", null, true);
            }
        };
        ReflexRequest r = ReflexRequest.of("x").withIds(null, "u");
        Map<Dimension, RateLimitTier> t = tiers(Dimension.USER, RateLimitTier.FREE);
        assertThat(new RateLimiter(t, broken, CostMode.REQUESTS, false, clock).check(r).dimension())
                .isEqualTo("store-unavailable");
        assertThat(new RateLimiter(t, broken, CostMode.REQUESTS, true, clock).check(r).allowed()).isTrue();
    }

    @Test
    void check_missingIdsOrUnlimited_skipped() {
        RateLimiter limiter = new RateLimiter(tiers(Dimension.USER, new RateLimitTier("u", 1, 0.001),
                Dimension.GLOBAL, RateLimitTier.UNLIMITED), new InMemoryBucketStore(), CostMode.REQUESTS, false, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.check(ReflexRequest.of("x")).allowed()).isTrue();
        }
    }

    @Test
    void tiers_matchReference() {
        assertThat(RateLimitTier.FREE.capacity()).isEqualTo(10);
        assertThat(RateLimitTier.BASIC.refillPerSecond() * 3600).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(RateLimitTier.custom(5, 7200).refillPerSecond()).isEqualTo(2.0);
    }
}
