package io.octollm.jdbc.testing;

import io.octollm.spi.Usage;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.JudgeIssue;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.StepStatus;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds realistic task results: a plan of N steps, N step results and one provenance record each. */
public final class Fixtures {
    /** A fixed time with microsecond precision (what the databases keep). */
    public static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

    private Fixtures() {
    }

    /**
     * @param taskId task id
     * @param steps number of steps
     * @return a completed result
     */
    public static TaskResult result(String taskId, int steps) {
        List<PlanStep> planSteps = new ArrayList<>();
        List<StepResult> results = new ArrayList<>();
        List<ProvenanceRecord> provenance = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            String id = "s" + i;
            PlanStep ps = new PlanStep(id, "do part " + i, "search", i == 1 ? null : "arm-" + i,
                    i == 1 ? List.of() : List.of("s" + (i - 1)), List.of("non-empty"),
                    Map.of("command", "ls", "args", List.of("-l", "/tmp"), "depth", i, "big", 12_345_678_901L,
                            "ratio", 0.5, "deep", Map.of("flag", true, "none", List.of())));
            planSteps.add(ps);
            Instant started = T0.plusMillis(i * 10L);
            ArmError error = i % 3 == 0 ? new ArmError("EXECUTION_TIMEOUT", ErrorCategory.TIMEOUT, "took \"too\" long\n",
                    true, Duration.ofMillis(1500)) : null;
            results.add(new StepResult(id, "arm-" + i, error == null ? StepStatus.SUCCEEDED : StepStatus.FAILED,
                    "output of step " + i + " \u00e9\u4e2d", Map.of("rows", i, "names", List.of("a", "b"), "score", 0.75),
                    0.9, error == null ? 1 : 2, new Usage(10L * i, 5L * i, 0.001 * i), error, started,
                    Duration.ofMillis(7 * i)));
            provenance.add(new ProvenanceRecord(taskId, id, "arm-" + i, i % 2 == 0 ? "gpt-x" : null, 1, started,
                    Duration.ofMillis(7 * i), "in" + i, "out" + i, i == 1 ? "cmd" : null, 0.9, 10L * i, 5L * i,
                    0.001 * i, Outcome.SUCCESS, null));
        }
        return new TaskResult(taskId, "redacted goal [EMAIL_1]", TaskStatus.COMPLETED, StopReason.NONE, "", "the answer",
                new Plan(planSteps, "because", "heuristic"), results, provenance,
                List.of(new JudgeIssue("warning", "criterion", "short", "", "s1")), 1, new Usage(100, 50, 0.01), T0,
                T0.plusSeconds(2), Map.of("plan", Duration.ofMillis(3), "execute", Duration.ofNanos(1_234_567)));
    }
}
