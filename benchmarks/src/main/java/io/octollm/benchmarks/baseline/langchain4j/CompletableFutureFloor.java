package io.octollm.benchmarks.baseline.langchain4j;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The floor under any orchestrator on the same shapes: plain {@link CompletableFuture} composition
 * with instant steps, no planning, routing, budgets or records. A sequence composes on the caller's
 * thread; a fan-out hands its four steps to a two-thread pool and joins them. (Not the common pool:
 * with fewer than three cores its parallelism is 1, and {@code supplyAsync} then starts a new thread
 * per task.) What an orchestrator costs above this is its own overhead.
 */
final class CompletableFutureFloor {
    private static final java.util.concurrent.ExecutorService POOL =
            java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "floor");
                t.setDaemon(true);
                return t;
            });

    private CompletableFutureFloor() {
    }

    private static String step(String in) {
        return in.length() > 1_000 ? in.substring(0, 10) : in + ".";
    }

    /** @return a task of five steps, each reading the previous output */
    static Supplier<Object> sequence5() {
        return () -> CompletableFuture.completedFuture("in").thenApply(CompletableFutureFloor::step)
                .thenApply(CompletableFutureFloor::step).thenApply(CompletableFutureFloor::step)
                .thenApply(CompletableFutureFloor::step).thenApply(CompletableFutureFloor::step).join();
    }

    /** @return a task of four parallel steps on a two-thread pool, then one step over all four */
    static Supplier<Object> fanOut4() {
        return () -> {
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> step("a"), POOL);
            CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> step("b"), POOL);
            CompletableFuture<String> c = CompletableFuture.supplyAsync(() -> step("c"), POOL);
            CompletableFuture<String> d = CompletableFuture.supplyAsync(() -> step("d"), POOL);
            return CompletableFuture.allOf(a, b, c, d)
                    .thenApply(v -> step(a.join() + b.join() + c.join() + d.join())).join();
        };
    }
}
