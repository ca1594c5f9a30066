package io.octollm.benchmarks.reflex;

import io.octollm.reflex.ReflexChain;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.ratelimit.InMemoryBucketStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap used by 100,000 cached entries (200-char responses, tenant + model scoped) plus 100,000
 * rate-limit buckets. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.octollm.benchmarks.reflex.ReflexMemoryFootprint}.
 */
public final class ReflexMemoryFootprint {
    private ReflexMemoryFootprint() {
    }

    private static long used() throws InterruptedException {
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return mx.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long before = used();
        ReflexChain chain = ReflexChain.builder().cacheMaxEntries(n).build();
        InMemoryBucketStore buckets = new InMemoryBucketStore();
        String response = "x".repeat(200);
        for (int i = 0; i < n; i++) {
            ReflexRequest r = ReflexRequest.of("What is the status of order " + i + " for our account?")
                    .withIds("tenant-" + (i % 100), "user-" + i).withModel("gpt-4o", "You are a helpful assistant.");
            chain.cacheResponse(r, response + i, false);
            buckets.tryConsume("user:" + i, 50, 0.28, 1, System.currentTimeMillis());
        }
        chain.cache().orElseThrow().cleanUp();
        long after = used();
        System.out.printf("{\"entries\": %d, \"buckets\": %d, \"heap_mb\": %.1f, \"cache_size\": %d}%n", n,
                buckets.size(), (after - before) / 1048576.0, chain.cacheStats().orElseThrow().size());
    }
}
