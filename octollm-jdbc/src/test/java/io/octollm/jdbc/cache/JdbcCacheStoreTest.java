package io.octollm.jdbc.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.jdbc.testing.Fixtures;
import io.octollm.spi.store.CacheEntry;
import io.octollm.spi.store.CacheStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

class JdbcCacheStoreTest {
    private static final Instant NOW = Fixtures.T0;

    @BothDatabases
    void get_beforeExpiry_returnsValueAndTags_atOrAfterExpiry_misses(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CacheStore cache = stores.cacheStore();
            cache.put("k", "{\"v\":1}", Duration.ofSeconds(60), Set.of("t1", "t2"), NOW);
            CacheEntry e = cache.get("k", NOW.plusSeconds(59)).orElseThrow();
            assertThat(e.value()).isEqualTo("{\"v\":1}");
            assertThat(e.tags()).containsExactlyInAnyOrder("t1", "t2");
            assertThat(e.expiresAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(cache.get("k", NOW.plusSeconds(60))).isEmpty();
            assertThat(cache.get("other", NOW)).isEmpty();
        }
    }

    @BothDatabases
    void put_existingKey_replacesValueExpiryAndTags(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CacheStore cache = stores.cacheStore();
            cache.put("k", "old", Duration.ofSeconds(5), Set.of("a"), NOW);
            cache.put("k", "new", Duration.ofSeconds(100), Set.of("b"), NOW);
            CacheEntry e = cache.get("k", NOW.plusSeconds(50)).orElseThrow();
            assertThat(e.value()).isEqualTo("new");
            assertThat(e.tags()).containsExactly("b");
            assertThat(cache.invalidateTag("a")).isZero();
        }
    }

    @BothDatabases
    void purgeExpired_removesOnlyExpiredEntries(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CacheStore cache = stores.cacheStore();
            cache.put("short", "1", Duration.ofSeconds(1), Set.of("x"), NOW);
            cache.put("short2", "1", Duration.ofSeconds(2), Set.of(), NOW);
            cache.put("long", "2", Duration.ofHours(1), Set.of(), NOW);
            assertThat(cache.purgeExpired(NOW.plusSeconds(2))).isEqualTo(2);
            assertThat(cache.get("long", NOW.plusSeconds(2))).isPresent();
            assertThat(cache.purgeExpired(NOW.plusSeconds(2))).isZero();
        }
    }

    @BothDatabases
    void invalidatePrefix_removesKeysWithThatPrefix_treatingWildcardsLiterally(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CacheStore cache = stores.cacheStore();
            for (String k : new String[] {"reflex:cache:1", "reflex:cache:2", "reflex:other", "a%b:1", "axb:1", "a_c"}) {
                cache.put(k, "v", Duration.ofMinutes(1), Set.of(), NOW);
            }
            assertThat(cache.invalidatePrefix("reflex:cache:")).isEqualTo(2);
            assertThat(cache.invalidatePrefix("a%")).isEqualTo(1);
            assertThat(cache.get("axb:1", NOW)).isPresent();
            assertThat(cache.get("reflex:other", NOW)).isPresent();
            assertThatThrownBy(() -> cache.invalidatePrefix("")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @BothDatabases
    void invalidateTag_andInvalidateKey_removeEntries(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CacheStore cache = stores.cacheStore();
            cache.put("k1", "v", Duration.ofMinutes(1), Set.of("model:x"), NOW);
            cache.put("k2", "v", Duration.ofMinutes(1), Set.of("model:x", "tenant:a"), NOW);
            cache.put("k3", "v", Duration.ofMinutes(1), Set.of("tenant:a"), NOW);
            assertThat(cache.invalidateTag("model:x")).isEqualTo(2);
            assertThat(cache.get("k3", NOW).orElseThrow().tags()).containsExactly("tenant:a");
            assertThat(cache.invalidate("k3")).isTrue();
            assertThat(cache.invalidate("k3")).isFalse();
            assertThat(cache.invalidateTag("tenant:a")).isZero();
        }
    }
}
