package io.octollm.spi.provenance;

/** How one arm call ended. JSON uses the lower-case name. */
public enum Outcome {
    /** The call succeeded. */
    SUCCESS,
    /** The call failed and will not be retried. */
    FAILURE,
    /** The call failed and the engine retried it. */
    RETRIED,
    /** The call ran out of time. */
    TIMEOUT,
    /** The call was cancelled. */
    CANCELLED,
    /** The call was refused without running (open circuit breaker, policy). */
    REFUSED
}
