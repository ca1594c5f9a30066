package io.octollm.spi.task;

import io.octollm.spi.Usage;
import io.octollm.spi.provenance.ProvenanceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a task produced: its status and why it stopped, the answer, the plan, each step's
 * result, a provenance record for every arm call, usage and timings. Immutable.
 *
 * @param taskId the task's id
 * @param goal the goal as it was run (after PII redaction, when the reflex layer redacted)
 * @param status terminal status
 * @param stopReason why it ended ({@link StopReason#NONE} when completed normally)
 * @param message human-readable explanation for a non-completed status (empty when completed)
 * @param output the final answer (empty when none)
 * @param plan the plan that ran, or null when none was made
 * @param steps result of every plan step, in plan order
 * @param provenance one record per arm call, including failed and retried attempts
 * @param issues the judge's issues on the final answer (empty when it passed clean)
 * @param repairRounds how many judge-driven repair rounds ran
 * @param usage tokens and cost in all
 * @param submittedAt when the engine accepted the task
 * @param completedAt when it ended
 * @param timings wall time per phase ({@code reflex}, {@code plan}, {@code execute}, {@code judge}, ...)
 */
public record TaskResult(String taskId, String goal, TaskStatus status, StopReason stopReason, String message,
        String output, Plan plan, List<StepResult> steps, List<ProvenanceRecord> provenance, List<JudgeIssue> issues,
        int repairRounds, Usage usage, Instant submittedAt, Instant completedAt, Map<String, Duration> timings) {

    /** Validates and copies. */
    public TaskResult {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        goal = goal == null ? "" : goal;
        stopReason = stopReason == null ? StopReason.NONE : stopReason;
        message = message == null ? "" : message;
        output = output == null ? "" : output;
        steps = steps == null ? List.of() : List.copyOf(steps);
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
        issues = issues == null ? List.of() : List.copyOf(issues);
        usage = usage == null ? Usage.ZERO : usage;
        completedAt = completedAt == null ? submittedAt : completedAt;
        timings = timings == null ? Map.of() : Map.copyOf(timings);
    }

    /** @return wall time from submission to the end */
    public Duration duration() {
        return Duration.between(submittedAt, completedAt);
    }

    /** @return true when the status is {@link TaskStatus#COMPLETED} */
    public boolean isCompleted() {
        return status == TaskStatus.COMPLETED;
    }

    /**
     * @param stepId a step id
     * @return that step's result, or null
     */
    public StepResult step(String stepId) {
        for (StepResult s : steps) {
            if (s.stepId().equals(stepId)) {
                return s;
            }
        }
        return null;
    }
}
