package io.octollm.cli;

import io.octollm.reflex.ReflexChain;
import io.octollm.reflex.ReflexOutcome;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.internal.BenchPrompts;
import io.octollm.reflex.internal.baseline.RegexPiiBaseline;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code octollm bench reflex}: the default reflex chain over built-in realistic prompts on one
 * thread; prints one JSON line. JMH in {@code benchmarks/} is the precise tool.
 */
final class ReflexBenchCommand implements Command {
    @Override
    public String name() {
        return "reflex";
    }

    @Override
    public String summary() {
        return "reflex chain throughput and latency on one thread";
    }

    @Override
    public String help() {
        return """
                Usage: octollm bench reflex [--seconds S] [--size BYTES]

                Runs the default reflex chain (cache miss) over 16 built-in realistic prompts of
                --size characters on one thread for --seconds, then the cache-hit path and a plain
                java.util.regex PII baseline on the same prompts, and prints one JSON line:
                  {"ops_per_s", "p50_us", "p99_us", "hit_ops_per_s", "baseline_ops_per_s", "heap_mb"}
                heap_mb is the heap in use after a GC at the end. JMH in benchmarks/ is the precise tool.

                Options:
                  --seconds S    measured seconds per phase, 1..600 (default 5; a third more is warm-up)
                  --size BYTES   prompt length in characters, 64..1048576 (default 1024)""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of(), Set.of("--seconds", "--size"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        double seconds = a.doubleOption("--seconds", 5, 0.1, 600);
        int size = a.intOption("--size", 1024, 64, 1 << 20);
        List<String> prompts = BenchPrompts.prompts(16, size);
        ReflexChain miss = ReflexChain.builder().maxTextLength(Math.max(100_000, 2 * size)).build();
        ReflexChain hit = ReflexChain.builder().maxTextLength(Math.max(100_000, 2 * size)).build();
        for (String p : prompts) {
            hit.cacheResponse(ReflexRequest.of(p), "cached answer", false);
        }
        long warm = (long) (seconds * 1e9 / 3);
        long measure = (long) (seconds * 1e9);
        loop(miss, prompts, warm, null);
        long[] lat = new long[1 << 20];
        long[] run = loop(miss, prompts, measure, lat);
        double missOps = run[0] * 1e9 / run[1];
        int samples = (int) Math.min(lat.length, run[0]);
        Arrays.sort(lat, 0, samples);
        double p50 = samples == 0 ? 0 : lat[samples / 2] / 1000.0;
        double p99 = samples == 0 ? 0 : lat[Math.min(samples - 1, (int) (samples * 0.99))] / 1000.0;
        loop(hit, prompts, warm, null);
        long[] hitRun = loop(hit, prompts, measure, null);
        double hitOps = hitRun[0] * 1e9 / hitRun[1];
        baseline(prompts, warm);
        double baseOps = baseline(prompts, measure);
        System.gc(); // report what the chains retain, not the garbage the loops left
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        io.out().println(String.format(Locale.ROOT,
                "{\"ops_per_s\": %.0f, \"p50_us\": %.2f, \"p99_us\": %.2f, \"hit_ops_per_s\": %.0f, "
                        + "\"baseline_ops_per_s\": %.0f, \"heap_mb\": %.1f, \"size\": %d, \"seconds\": %s}",
                missOps, p50, p99, hitOps, baseOps, used / 1048576.0, size, seconds));
        return 0;
    }

    /** @return {operations, elapsed nanos} */
    private static long[] loop(ReflexChain chain, List<String> prompts, long nanos, long[] lat) {
        long start = System.nanoTime();
        long end = start + nanos;
        long n = 0;
        int sink = 0;
        long now = start;
        while (now < end) {
            String p = prompts.get((int) (n & 15));
            long t0 = now;
            ReflexOutcome o = chain.process(ReflexRequest.of(p));
            sink += o.status().length();
            now = System.nanoTime();
            if (lat != null && n < lat.length) {
                lat[(int) n] = now - t0;
            }
            n++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {n, now - start};
    }

    private static double baseline(List<String> prompts, long nanos) {
        long start = System.nanoTime();
        long end = start + nanos;
        long n = 0;
        int sink = 0;
        long now = start;
        while (now < end) {
            sink += RegexPiiBaseline.detect(prompts.get((int) (n & 15))).size();
            n++;
            now = System.nanoTime();
        }
        if (sink == -1) {
            System.out.print("");
        }
        return n * 1e9 / (now - start);
    }
}
