package io.octollm.spi.llm;

import io.octollm.spi.OctoLlmException;
import java.time.Duration;

/**
 * A typed model failure. {@link #kind()} says what happened; {@link #retryable()} and
 * {@link #retryAfter()} tell the engine whether and when to try again.
 */
public class LlmException extends OctoLlmException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind {
        /** HTTP 429 or a local rate limit. Retryable. */
        RATE_LIMITED,
        /** Connect, read or call timeout. Retryable. */
        TIMEOUT,
        /** HTTP 401/403: key missing or wrong. Not retryable. */
        AUTH,
        /** HTTP 400/404/422: the request is wrong. Not retryable. */
        BAD_REQUEST,
        /** Malformed body, empty choices, truncated stream, non-JSON answer to a JSON request. */
        BAD_RESPONSE,
        /** HTTP 5xx or a connection failure. Retryable. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final boolean retryable;
    private final transient Duration retryAfter;

    /**
     * @param component the client's name
     * @param kind kind of failure
     * @param message what happened
     * @param retryable whether a retry may succeed
     * @param retryAfter when to retry, or null
     * @param cause cause, may be null
     */
    public LlmException(String component, Kind kind, String message, boolean retryable, Duration retryAfter,
            Throwable cause) {
        super(component, kind + ": " + message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** @return kind of failure */
    public Kind kind() {
        return kind;
    }

    /** @return whether a retry may succeed */
    public boolean retryable() {
        return retryable;
    }

    /** @return the server's retry-after, or null */
    public Duration retryAfter() {
        return retryAfter;
    }
}
