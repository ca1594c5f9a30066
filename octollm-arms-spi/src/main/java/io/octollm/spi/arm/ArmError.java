package io.octollm.spi.arm;

import java.time.Duration;
import java.util.Objects;

/**
 * A typed arm failure.
 *
 * @param code upper-case code such as {@code COMMAND_NOT_ALLOWED} or {@code EXECUTION_TIMEOUT}
 * @param category kind of failure
 * @param message what went wrong, for a person
 * @param retryable whether the engine may call again
 * @param retryAfter minimum wait before a retry, or null for the engine's backoff
 */
public record ArmError(String code, ErrorCategory category, String message, boolean retryable, Duration retryAfter) {
    /** Requires code, category and message; retryAfter must not be negative. */
    public ArmError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
        }
    }

    /**
     * An error retryable per its category's default, without retry-after.
     *
     * @param code error code
     * @param category kind
     * @param message explanation
     * @return the error
     */
    public static ArmError of(String code, ErrorCategory category, String message) {
        return new ArmError(code, category, message, category.isRetryableByDefault(), null);
    }
}
