package io.octollm.core;

import io.octollm.spi.OctoLlmException;

/**
 * The engine refused a task because as many tasks as its configured capacity are already
 * queued or running. Nothing was started; submit again later or raise
 * {@code OctoLlm.Builder#maxQueuedTasks}.
 */
public class EngineOverloadedException extends OctoLlmException {
    private static final long serialVersionUID = 1L;

    /** @param capacity the configured capacity */
    public EngineOverloadedException(int capacity) {
        super("engine", "refused: " + capacity + " tasks are already in flight (the configured capacity); "
                + "retry later or raise maxQueuedTasks");
    }
}
