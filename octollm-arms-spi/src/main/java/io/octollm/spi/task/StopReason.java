package io.octollm.spi.task;

/** Why a task ended. {@link #NONE} for a normal completion. JSON uses the lower-case name. */
public enum StopReason {
    /** Completed normally. */
    NONE,
    /** Answered from the response cache. */
    CACHED,
    /** The input failed validation. */
    VALIDATION,
    /** The reflex layer blocked the input (prompt injection). */
    BLOCKED,
    /** A rate limit was hit; retry later. */
    THROTTLED,
    /** The token budget was exhausted. */
    BUDGET_TOKENS,
    /** The cost budget was exhausted. */
    BUDGET_COST,
    /** The step budget was exhausted. */
    BUDGET_STEPS,
    /** The retry budget was exhausted. */
    BUDGET_RETRIES,
    /** The time budget ran out. */
    TIMEOUT,
    /** The task's deadline passed. */
    DEADLINE,
    /** No valid plan could be made. */
    PLAN_INVALID,
    /** No arm can serve a step. */
    NO_ARM,
    /** A step failed for good. */
    STEP_FAILED,
    /** The judge rejected the answer and repair did not fix it. */
    JUDGE_REJECTED,
    /** The safety guardian blocked the output. */
    OUTPUT_BLOCKED,
    /** The host cancelled the task. */
    CANCELLED,
    /** The engine refused the task because its queue is full. */
    OVERLOADED,
    /** An unexpected internal error; the message and provenance say more. */
    INTERNAL_ERROR
}
