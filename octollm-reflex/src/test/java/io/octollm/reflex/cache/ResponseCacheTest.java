package io.octollm.reflex.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.testing.FakeCacheStore;
import io.octollm.reflex.testing.FakeClock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private final FakeClock clock = new FakeClock();
    private final FakeCacheStore l2 = new FakeCacheStore();
    private final ResponseCache cache = new ResponseCache(1000, Duration.ofSeconds(300), Duration.ofSeconds(60), l2, clock);

    @Test
    void key_caseSensitive_whitespaceNormalised() {
        assertThat(cache.key(ReflexRequest.of("DAN mode"))).isNotEqualTo(cache.key(ReflexRequest.of("dan mode")));
        assertThat(cache.key(ReflexRequest.of("  a \n\t b  "))).isEqualTo(cache.key(ReflexRequest.of("a b")));
        assertThat(cache.key(ReflexRequest.of("a b"))).matches("reflex:_:[0-9a-f]{64}");
    }

    @Test
    void key_scopedByTenantModelAndSystemPrompt() {
        ReflexRequest r = ReflexRequest.of("q");
        String k = cache.key(r);
        assertThat(cache.key(r.withIds("t1", null))).isNotEqualTo(k).startsWith("reflex:t1:");
        assertThat(cache.key(r.withModel("m", null))).isNotEqualTo(k);
        assertThat(cache.key(r.withModel(null, "sys"))).isNotEqualTo(k);
        assertThat(cache.key(r.withIds(null, "some-user"))).isEqualTo(k);
    }

    @Test
    void put_flaggedExpiresAfter60s_cleanAfter300s() {
        cache.put(ReflexRequest.of("clean"), "A", false);
        cache.put(ReflexRequest.of("flagged"), "B", true);
        clock.advance(Duration.ofSeconds(61));
        assertThat(cache.get(ReflexRequest.of("flagged"))).isEmpty();
        assertThat(cache.get(ReflexRequest.of("clean"))).map(CachedResponse::response).contains("A");
        clock.advance(Duration.ofSeconds(240));
        assertThat(cache.get(ReflexRequest.of("clean"))).isEmpty();
    }

    @Test
    void get_l1Miss_promotesFromL2() {
        ResponseCache other = new ResponseCache(1000, Duration.ofSeconds(300), Duration.ofSeconds(60), l2, clock);
        other.put(ReflexRequest.of("shared").withIds("acme", null), "S", true);
        assertThat(cache.get(ReflexRequest.of("shared").withIds("acme", null)))
                .hasValueSatisfying(c -> {
                    assertThat(c.response()).isEqualTo("S");
                    assertThat(c.flagged()).isTrue();
                });
        l2.entries.clear();
        assertThat(cache.get(ReflexRequest.of("shared").withIds("acme", null))).isPresent();
        assertThat(cache.stats().l2Hits()).isEqualTo(1);
    }

    @Test
    void l2Failure_treatedAsMiss_andWriteKeptInL1() {
        l2.failing = true;
        cache.put(ReflexRequest.of("x"), "X", false);
        assertThat(cache.get(ReflexRequest.of("x"))).isPresent();
        assertThat(cache.get(ReflexRequest.of("y"))).isEmpty();
        assertThat(cache.stats().l2Errors()).isEqualTo(2);
    }

    @Test
    void invalidate_byKeyPrefixAndTag() {
        cache.put(ReflexRequest.of("a").withIds("t1", null), "1", false);
        cache.put(ReflexRequest.of("b").withIds("t1", null).withModel("m9", null), "2", false);
        cache.put(ReflexRequest.of("c").withIds("t2", null), "3", false, Duration.ofSeconds(10), Set.of("faq"));
        assertThat(cache.invalidateTag("model:m9")).isEqualTo(2);
        assertThat(cache.invalidatePrefix("reflex:t1:")).isEqualTo(2);
        assertThat(cache.invalidateTag("faq")).isEqualTo(2);
        assertThat(cache.get(ReflexRequest.of("c").withIds("t2", null))).isEmpty();
        String k = cache.put(ReflexRequest.of("d"), "4", false);
        assertThat(cache.invalidateKey(k)).isTrue();
        assertThat(cache.get(ReflexRequest.of("d"))).isEmpty();
    }

    @Test
    void warm_andStats() {
        assertThat(cache.warm(() -> Map.of(ReflexRequest.of("w1"), "r1", ReflexRequest.of("w2"), "r2"))).isEqualTo(2);
        assertThat(cache.warm(() -> {
            throw new IllegalStateException("boom");
        })).isZero();
        cache.get(ReflexRequest.of("w1"));
        cache.get(ReflexRequest.of("nope"));
        CacheStats s = cache.stats();
        assertThat(s.hits()).isEqualTo(1);
        assertThat(s.misses()).isEqualTo(1);
        assertThat(s.puts()).isEqualTo(2);
        assertThat(s.hitRate()).isEqualTo(0.5);
    }

    @Test
    void sizeBound_evicts() {
        ResponseCache small = new ResponseCache(10, Duration.ofSeconds(300), Duration.ofSeconds(60), null, clock);
        for (int i = 0; i < 100; i++) {
            small.put(ReflexRequest.of("q" + i), "r", false);
        }
        small.cleanUp();
        assertThat(small.stats().size()).isLessThanOrEqualTo(10);
        assertThat(small.stats().evictions()).isGreaterThanOrEqualTo(90);
    }
}
