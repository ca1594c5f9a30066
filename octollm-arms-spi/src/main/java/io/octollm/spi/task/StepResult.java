package io.octollm.spi.task;

import io.octollm.spi.Usage;
import io.octollm.spi.arm.ArmError;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one plan step produced.
 *
 * @param stepId the step's id
 * @param armId the arm that ran it last, or null if it never ran
 * @param status outcome
 * @param output the arm's text output (empty when none)
 * @param data structured output (JSON-like values)
 * @param confidence the arm's confidence 0..1
 * @param attempts how many times an arm was called for it
 * @param usage tokens and cost over all attempts
 * @param error the last error, or null when it succeeded
 * @param startedAt when the first attempt started, or null if it never ran
 * @param duration wall time over all attempts
 */
public record StepResult(String stepId, String armId, StepStatus status, String output, Map<String, Object> data,
        double confidence, int attempts, Usage usage, ArmError error, Instant startedAt, Duration duration) {

    /** Validates and copies. */
    public StepResult {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(status, "status");
        output = output == null ? "" : output;
        data = data == null ? Map.of() : Map.copyOf(data);
        usage = usage == null ? Usage.ZERO : usage;
        duration = duration == null ? Duration.ZERO : duration;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
    }

    /** @return true when the step succeeded */
    public boolean succeeded() {
        return status == StepStatus.SUCCEEDED;
    }
}
