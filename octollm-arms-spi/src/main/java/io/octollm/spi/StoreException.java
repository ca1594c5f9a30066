package io.octollm.spi;

/**
 * A store (task, memory, cache, rate-limit bucket or queue) could not complete an operation:
 * the database is unreachable, a connection dropped, the pool is exhausted, or data is corrupt.
 * {@link #isTransient()} tells whether retrying the same operation later may succeed.
 */
public class StoreException extends OctoLlmException {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    /**
     * @param component the store's name
     * @param message what failed
     * @param cause the underlying cause, may be null
     * @param transientFailure true when a retry later may succeed (connection lost, pool timeout)
     */
    public StoreException(String component, String message, Throwable cause, boolean transientFailure) {
        super(component, message, cause);
        this.transientFailure = transientFailure;
    }

    /**
     * @param component the store's name
     * @param message what failed
     * @param cause the underlying cause, may be null
     */
    public StoreException(String component, String message, Throwable cause) {
        this(component, message, cause, false);
    }

    /** @return true when retrying later may succeed */
    public boolean isTransient() {
        return transientFailure;
    }
}
