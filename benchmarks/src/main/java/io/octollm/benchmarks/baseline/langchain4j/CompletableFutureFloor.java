package io.octollm.benchmarks.baseline.langchain4j;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The floor under any orchestrator on the same shapes: plain {@link CompletableFuture} composition
 * with instant steps, no planning, routing, budgets or records. A sequence composes on the caller's
 * thread; a fan-out hands its four steps to the common pool, as {@code supplyAsync} does, and joins
 * them. What an orchestrator costs above this is its own overhead.
 */
final class CompletableFutureFloor {
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

    /** @return a task of four parallel steps on the common pool, then one step over all four */
    static Supplier<Object> fanOut4() {
        return () -> {
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> step("a"));
            CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> step("b"));
            CompletableFuture<String> c = CompletableFuture.supplyAsync(() -> step("c"));
            CompletableFuture<String> d = CompletableFuture.supplyAsync(() -> step("d"));
            return CompletableFuture.allOf(a, b, c, d)
                    .thenApply(v -> step(a.join() + b.join() + c.join() + d.join())).join();
        };
    }
}
