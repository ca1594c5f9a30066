package io.octollm.jdbc.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.spi.ratelimit.BucketDecision;
import io.octollm.spi.ratelimit.BucketStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

class JdbcBucketStoreTest {
    private static final long T = 1_700_000_000_000L;

    @BothDatabases
    void tryConsume_newBucket_startsFull_thenDeniesWithRetryAfter(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            BucketStore b = stores.bucketStore();
            for (int i = 0; i < 3; i++) {
                BucketDecision d = b.tryConsume("user:alice", 3, 1.0, 1, T);
                assertThat(d.allowed()).isTrue();
                assertThat(d.remaining()).isEqualTo(2 - i);
                assertThat(d.retryAfterMillis()).isZero();
            }
            BucketDecision denied = b.tryConsume("user:alice", 3, 1.0, 1, T);
            assertThat(denied.allowed()).isFalse();
            assertThat(denied.remaining()).isZero();
            assertThat(denied.retryAfterMillis()).isEqualTo(1000);
            assertThat(b.tryConsume("user:bob", 3, 1.0, 1, T).allowed()).isTrue();
        }
    }

    @BothDatabases
    void tryConsume_afterTime_refillsContinuouslyUpToCapacity(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            BucketStore b = stores.bucketStore();
            b.tryConsume("k", 10, 2.0, 10, T);
            BucketDecision half = b.tryConsume("k", 10, 2.0, 0, T + 1_500);
            assertThat(half.remaining()).isEqualTo(3.0);
            assertThat(b.tryConsume("k", 10, 2.0, 4, T + 1_500).allowed()).isFalse();
            BucketDecision later = b.tryConsume("k", 10, 2.0, 1, T + 60_000);
            assertThat(later.allowed()).isTrue();
            assertThat(later.remaining()).isEqualTo(9.0);
            assertThat(b.tryConsume("k", 10, 2.0, 0, T).remaining())
                    .as("a clock going backwards refills nothing").isEqualTo(9.0);
        }
    }

    @BothDatabases
    void tryConsume_concurrentThreads_allowExactlyCapacity(Backend backend) throws Exception {
        try (JdbcStores stores = backend.open()) {
            BucketStore b = stores.bucketStore();
            int threads = 8;
            int tries = 40;
            AtomicInteger allowed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<Void>> jobs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    jobs.add(() -> {
                        for (int i = 0; i < tries; i++) {
                            if (b.tryConsume("global", 100, 0.000001, 1, T).allowed()) {
                                allowed.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(jobs)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(allowed.get()).isEqualTo(100);
            assertThat(b.tryConsume("global", 100, 0.000001, 1, T).remaining()).isLessThan(1.0);
        }
    }

    @BothDatabases
    void tryConsume_invalidArguments_throwIllegalArgument(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            BucketStore b = stores.bucketStore();
            assertThatThrownBy(() -> b.tryConsume("k", 0, 1, 1, T)).hasMessageContaining("capacity");
            assertThatThrownBy(() -> b.tryConsume("k", 1, 0, 1, T)).hasMessageContaining("refillPerSecond");
            assertThatThrownBy(() -> b.tryConsume("k", 1, 1, -1, T)).hasMessageContaining("cost");
        }
    }
}
