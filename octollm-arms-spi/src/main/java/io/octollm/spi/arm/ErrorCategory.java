package io.octollm.spi.arm;

/**
 * What kind of failure an {@link ArmError} is. {@link #isRetryableByDefault()} follows the
 * reference contract: rate limits, timeouts, internal and external errors may be retried.
 */
public enum ErrorCategory {
    /** The request was malformed or its arguments invalid. */
    VALIDATION(false),
    /** Credentials were missing or wrong. */
    AUTHENTICATION(false),
    /** Not allowed (a command outside the allow-list, a host not permitted). */
    AUTHORIZATION(false),
    /** Something referenced does not exist. */
    NOT_FOUND(false),
    /** A rate limit was hit; honour the retry-after. */
    RATE_LIMIT(true),
    /** The call took too long. */
    TIMEOUT(true),
    /** A bug or unexpected state in the arm. */
    INTERNAL(true),
    /** A dependency (LLM, HTTP service) failed. */
    EXTERNAL(true),
    /** A safety policy refused the work or its output. */
    POLICY(false),
    /** The arm cannot do this here (for example no LLM is configured). */
    UNSUPPORTED(false),
    /** The call was cancelled or interrupted. */
    CANCELLED(false);

    private final boolean retryable;

    ErrorCategory(boolean retryable) {
        this.retryable = retryable;
    }

    /** @return whether errors of this category are retried unless the error says otherwise */
    public boolean isRetryableByDefault() {
        return retryable;
    }
}
