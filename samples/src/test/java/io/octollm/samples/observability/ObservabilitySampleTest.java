package io.octollm.samples.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.octollm.core.OctoLlm;
import io.octollm.core.metrics.InProcessMetrics;
import io.octollm.core.metrics.PerformanceBudgets;
import io.octollm.spi.task.TaskResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservabilitySampleTest {
    @TempDir
    Path workspace;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(workspace.resolve("Main.java"), "class Main {}\n");
        Files.writeString(workspace.resolve("notes.md"), "Rate limiting uses a token bucket.\n");
    }

    @Test
    void runAll_sampleGoals_allComplete() {
        try (OctoLlm engine = ObservabilitySample.engine(workspace, registry)) {
            List<TaskResult> results = ObservabilitySample.runAll(engine, ObservabilitySample.GOALS);

            assertThat(results).hasSize(ObservabilitySample.GOALS.size())
                    .allSatisfy(r -> assertThat(r.isCompleted()).as(r.goal() + ": " + r.message()).isTrue());
        }
    }

    @Test
    void afterTasks_inProcessSnapshotAndPerformanceCheckCoverTheArmsThatRan() {
        try (OctoLlm engine = ObservabilitySample.engine(workspace, registry)) {
            ObservabilitySample.runAll(engine, ObservabilitySample.GOALS);

            InProcessMetrics.Snapshot s = engine.metrics().snapshot();
            assertThat(s.latencies()).containsKeys("arm.executor", "arm.retriever");
            assertThat(s.latencies().get("arm.executor").get("count")).isGreaterThanOrEqualTo(3);
            assertThat(s.counters()).isNotEmpty();
            List<PerformanceBudgets.Check> checks = engine.performance();
            assertThat(checks).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.percentile()).isIn("p50", "p95", "p99"))
                    .anySatisfy(c -> assertThat(c.samples()).isPositive());
        }
    }

    @Test
    void afterTasks_micrometerRegistryHasTheArmTimers() {
        try (OctoLlm engine = ObservabilitySample.engine(workspace, registry)) {
            ObservabilitySample.runAll(engine, ObservabilitySample.GOALS);

            assertThat(registry.find("octollm.arm.duration").tag("arm", "executor").timer())
                    .isNotNull()
                    .satisfies(t -> assertThat(t.count()).isGreaterThanOrEqualTo(3));
            assertThat(registry.find("octollm.arm.duration").tag("arm", "retriever").timer()).isNotNull();
        }
    }

    @Test
    void report_printsEverySection() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OctoLlm engine = ObservabilitySample.engine(workspace, registry)) {
            ObservabilitySample.runAll(engine, ObservabilitySample.GOALS);
            ObservabilitySample.report(engine, registry, new PrintStream(buf, true, StandardCharsets.UTF_8));
        }
        String text = buf.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("== latency per component", "== counters", "== performance budgets",
                "== micrometer meters", "arm.executor", "octollm.arm.duration arm=executor")
                .containsPattern("(all \\d+ checks within budget|\\d+ of \\d+ checks over budget)");
    }
}
