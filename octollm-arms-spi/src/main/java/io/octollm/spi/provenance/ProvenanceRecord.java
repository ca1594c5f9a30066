package io.octollm.spi.provenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The audit record of one arm call. Every call, including failed and retried attempts, gets one;
 * nothing is persisted without one. Hashes are lower-case hex SHA-256 (first 32 digits).
 *
 * @param taskId the task
 * @param stepId the step (or {@code "plan"}, {@code "judge"}, {@code "integrate"} for engine phases)
 * @param armId the arm called
 * @param model the model used, or null when no LLM was involved
 * @param attempt 1-based attempt number
 * @param startedAt start time
 * @param duration how long the call took
 * @param inputHash hash of the instruction and inputs
 * @param outputHash hash of the output, or null when it failed
 * @param commandHash hash of the command and arguments for tool calls, or null
 * @param confidence the arm's confidence 0..1
 * @param promptTokens prompt tokens spent
 * @param completionTokens completion tokens spent
 * @param costUsd cost in US dollars
 * @param outcome how the call ended
 * @param errorCode the error code when it failed, or null
 */
public record ProvenanceRecord(String taskId, String stepId, String armId, String model, int attempt,
        Instant startedAt, Duration duration, String inputHash, String outputHash, String commandHash,
        double confidence, long promptTokens, long completionTokens, double costUsd, Outcome outcome,
        String errorCode) {

    /** Requires ids, times and the outcome. */
    public ProvenanceRecord {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(armId, "armId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        inputHash = inputHash == null ? "" : inputHash;
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
    }
}
