package io.octollm.samples.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.octollm.core.OctoLlm;
import io.octollm.core.arms.executor.ToolExecutorArm;
import io.octollm.core.arms.retriever.RetrieverArm;
import io.octollm.core.metrics.InProcessMetrics;
import io.octollm.core.metrics.MicrometerMetrics;
import io.octollm.core.metrics.PerformanceBudgets;
import io.octollm.spi.task.TaskResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a few tasks and prints what an operator watches: the in-process snapshot
 * ({@link OctoLlm#metrics()}), the check of measured percentiles against the latency targets
 * ({@link OctoLlm#performance()}) and the Micrometer meters fed by {@link MicrometerMetrics}
 * (here a {@link SimpleMeterRegistry}; in an application, the registry its monitoring exports
 * from, e.g. Prometheus). Run it with
 * {@code java -cp samples/target/octollm.jar io.octollm.samples.observability.ObservabilitySample [workspace]}.
 *
 * <p>Stateless; the methods are thread-safe as far as the engine and registry passed in are.
 */
public final class ObservabilitySample {
    /** The goals {@link #main} runs. */
    public static final List<String> GOALS = List.of(
            "list the files in the workspace",
            "count the java sources",
            "search the docs for rate limiting",
            "list the files in the workspace and count the markdown files");

    private ObservabilitySample() {
    }

    /**
     * The offline engine, reporting to its in-process recorder and to {@code registry}.
     *
     * @param workspace folder the tool executor runs in and the retriever indexes
     * @param registry Micrometer registry to feed
     * @return a new engine; close it
     */
    public static OctoLlm engine(Path workspace, MeterRegistry registry) {
        return OctoLlm.builder()
                .workspace(workspace)
                .arm(ToolExecutorArm.builder(workspace).build())
                .arm(new RetrieverArm(workspace, 5))
                .metrics(new MicrometerMetrics(registry)) // in addition to engine.metrics()
                .build();
    }

    /**
     * Runs the goals one after the other.
     *
     * @param engine the engine
     * @param goals what to run
     * @return the results, in order
     */
    public static List<TaskResult> runAll(OctoLlm engine, List<String> goals) {
        List<TaskResult> out = new ArrayList<>();
        for (String g : goals) {
            out.add(engine.run(g));
        }
        return out;
    }

    /**
     * Prints the in-process snapshot, the performance-budget check and the Micrometer meters.
     *
     * @param engine the engine that ran the tasks
     * @param registry the registry it reported to
     * @param out where to print
     */
    public static void report(OctoLlm engine, MeterRegistry registry, PrintStream out) {
        InProcessMetrics.Snapshot s = engine.metrics().snapshot();
        out.println("== latency per component (microseconds)");
        out.printf("%-22s %6s %10s %10s %10s %10s%n", "component", "count", "p50", "p95", "p99", "max");
        s.latencies().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Long> m = e.getValue();
            out.printf("%-22s %6d %10d %10d %10d %10d%n", e.getKey(), m.get("count"), m.get("p50_us"),
                    m.get("p95_us"), m.get("p99_us"), m.get("max_us"));
        });
        out.println("== counters");
        s.counters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("%-50s %d%n", e.getKey(), e.getValue()));
        out.println("== performance budgets");
        List<PerformanceBudgets.Check> checks = engine.performance();
        for (PerformanceBudgets.Check c : checks) {
            out.printf("%-22s %-4s %10d us / target %10d us (%d samples) %s%n", c.component(), c.percentile(),
                    c.measuredMicros(), c.targetMicros(), c.samples(), c.withinBudget() ? "ok" : "OVER BUDGET");
        }
        long over = checks.stream().filter(c -> !c.withinBudget()).count();
        out.println(over == 0 ? "all " + checks.size() + " checks within budget"
                : over + " of " + checks.size() + " checks over budget");
        out.println("== micrometer meters");
        registry.getMeters().stream().sorted(Comparator.comparing(m -> m.getId().toString()))
                .forEach(m -> out.println(describe(m)));
    }

    private static String describe(Meter m) {
        StringBuilder sb = new StringBuilder(m.getId().getName());
        m.getId().getTags().forEach(t -> sb.append(' ').append(t.getKey()).append('=').append(t.getValue()));
        for (Measurement x : m.measure()) {
            sb.append(' ').append(x.getStatistic().name().toLowerCase(java.util.Locale.ROOT)).append('=')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", x.getValue()));
        }
        return sb.toString();
    }

    /**
     * @param args optional workspace folder (default: the current directory)
     */
    public static void main(String[] args) {
        Path workspace = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        MeterRegistry registry = new SimpleMeterRegistry();
        try (OctoLlm engine = engine(workspace, registry)) {
            for (TaskResult r : runAll(engine, GOALS)) {
                System.out.println(r.status().name().toLowerCase(java.util.Locale.ROOT) + " in "
                        + r.duration().toMillis() + " ms: " + Objects.toString(r.goal()));
            }
            report(engine, registry, System.out);
        } finally {
            registry.close();
        }
    }
}
