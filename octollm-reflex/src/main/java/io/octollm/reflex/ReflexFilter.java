package io.octollm.reflex;

/**
 * One step of the reflex chain, in the shape of OkHttp's {@code Interceptor}: look at
 * {@link Chain#request()}, then either return an outcome of your own (short-circuit) or call
 * {@link Chain#proceed(ReflexRequest)} exactly once and return (possibly adjusting) its outcome.
 *
 * <p>Implementations must be thread-safe: one filter instance serves all requests concurrently.
 * Returning {@code null} or proceeding twice is a contract violation; the chain throws an
 * {@link IllegalStateException} naming the filter. Exceptions a filter throws propagate to the
 * caller of {@link ReflexChain#process}.
 */
@FunctionalInterface
public interface ReflexFilter {

    /**
     * @param chain the rest of the chain
     * @return the outcome, never null
     */
    ReflexOutcome filter(Chain chain);

    /** @return a short name for messages; defaults to the simple class name */
    default String name() {
        String n = getClass().getSimpleName();
        return n.isEmpty() ? getClass().getName() : n;
    }

    /** The rest of the chain as one filter sees it. Not thread-safe: use it on the calling thread. */
    interface Chain {
        /** @return the request as this filter receives it */
        ReflexRequest request();

        /**
         * Runs the remaining filters.
         *
         * @param request the request to hand on (the same or a modified copy), not null
         * @return their outcome, never null
         * @throws IllegalStateException when called more than once by the same filter
         */
        ReflexOutcome proceed(ReflexRequest request);
    }
}
