package io.octollm.core.llm;

import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.llm.LlmException;
import java.util.Objects;

/**
 * Turns model failures into arm errors, so every arm reports an LLM failure the same way.
 * Stateless and thread-safe.
 */
public final class LlmErrors {
    private LlmErrors() {
    }

    /**
     * Maps an {@link LlmException} to an {@link ArmError}: {@code RATE_LIMITED} to
     * {@link ErrorCategory#RATE_LIMIT}, {@code TIMEOUT} to {@link ErrorCategory#TIMEOUT}, {@code AUTH}
     * to {@link ErrorCategory#AUTHENTICATION}, {@code BAD_REQUEST} to {@link ErrorCategory#VALIDATION},
     * {@code BAD_RESPONSE} and {@code UNAVAILABLE} to {@link ErrorCategory#EXTERNAL}. The code is
     * {@code LLM_} plus the kind; the retryable flag and retry-after are carried over.
     *
     * @param e the model failure
     * @return the arm error
     * @throws NullPointerException if {@code e} is null
     */
    public static ArmError toArmError(LlmException e) {
        Objects.requireNonNull(e, "e");
        ErrorCategory category;
        switch (e.kind()) {
            case RATE_LIMITED:
                category = ErrorCategory.RATE_LIMIT;
                break;
            case TIMEOUT:
                category = ErrorCategory.TIMEOUT;
                break;
            case AUTH:
                category = ErrorCategory.AUTHENTICATION;
                break;
            case BAD_REQUEST:
                category = ErrorCategory.VALIDATION;
                break;
            default:
                category = ErrorCategory.EXTERNAL;
                break;
        }
        java.time.Duration retryAfter = e.retryAfter();
        if (retryAfter != null && retryAfter.isNegative()) {
            retryAfter = java.time.Duration.ZERO;
        }
        String message = e.getMessage() == null ? e.kind().name() : e.getMessage();
        return new ArmError("LLM_" + e.kind().name(), category, message, e.retryable(), retryAfter);
    }
}
