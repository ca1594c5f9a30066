package io.octollm.spi.task;

/** Outcome of one plan step. JSON uses the lower-case name. */
public enum StepStatus {
    /** The arm produced an output. */
    SUCCEEDED,
    /** The arm failed after every allowed attempt. */
    FAILED,
    /** The step was stopped (task cancelled, a dependency failed, budget exhausted). */
    CANCELLED,
    /** The step never started. */
    SKIPPED
}
