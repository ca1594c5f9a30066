package io.octollm.spi.task;

/**
 * The life cycle of a task. JSON uses the lower-case name.
 * <ul>
 *   <li>{@link #PENDING}: accepted (queued), not started;</li>
 *   <li>{@link #RUNNING}: being planned or executed;</li>
 *   <li>{@link #COMPLETED}: finished with an answer the judge accepted (or a cached answer);</li>
 *   <li>{@link #FAILED}: ended without an acceptable answer; {@link StopReason} says why;</li>
 *   <li>{@link #CANCELLED}: stopped by the host;</li>
 *   <li>{@link #REJECTED}: refused before any work ran (validation, rate limit, injection block).</li>
 * </ul>
 */
public enum TaskStatus {
    PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, REJECTED;

    /** @return true when the task will not change any more */
    public boolean isTerminal() {
        return this != PENDING && this != RUNNING;
    }
}
