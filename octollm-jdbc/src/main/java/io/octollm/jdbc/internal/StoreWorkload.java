package io.octollm.jdbc.internal;

import io.octollm.spi.Usage;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
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

/**
 * The task the store benchmarks persist ({@code octollm bench store} and the JMH store benchmark): a
 * plan of N steps, N step results, one provenance record each. Internal, may change.
 */
public final class StoreWorkload {
    private StoreWorkload() {
    }

    /**
     * @param taskId the task id
     * @param steps number of steps, at least 1
     * @return a finished task as the engine would save it
     */
    public static TaskResult result(String taskId, int steps) {
        Instant t0 = Instant.now();
        List<PlanStep> plan = new ArrayList<>();
        List<StepResult> results = new ArrayList<>();
        List<ProvenanceRecord> provenance = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            String id = "s" + i;
            plan.add(new PlanStep(id, "step " + i + " of the task", "search", null,
                    i == 1 ? List.of() : List.of("s" + (i - 1)), List.of("non-empty"), Map.of("query", "q" + i)));
            results.add(new StepResult(id, "retriever", StepStatus.SUCCEEDED, "output of step " + i,
                    Map.of("hits", i, "source", "docs/" + i + ".md"), 0.9, 1, new Usage(120, 40, 0.0004), null,
                    t0, Duration.ofMillis(3)));
            provenance.add(new ProvenanceRecord(taskId, id, "retriever", null, 1, t0, Duration.ofMillis(3),
                    "3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", null, 0.9, 120, 40, 0.0004,
                    Outcome.SUCCESS, null));
        }
        return new TaskResult(taskId, "summarise the incident report for [EMAIL_1]", TaskStatus.COMPLETED,
                StopReason.NONE, "", "the summary", new Plan(plan, "heuristic plan", "heuristic"), results, provenance,
                List.of(), 0, new Usage(600, 200, 0.002), t0, t0.plusMillis(20), Map.of("execute", Duration.ofMillis(15)));
    }
}
