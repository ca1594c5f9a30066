package io.octollm.spi.store;

import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import io.octollm.spi.task.TaskSummary;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Tasks, their plans, step results and provenance. Thread-safe. Every method throws
 * {@link io.octollm.spi.StoreException} when the store fails.
 *
 * <p>Stores hold what the engine hands them; the engine hands them redacted goals (PII
 * placeholders), never the redaction vault.
 */
public interface TaskStore {
    /** @return a short name for messages and for choosing among stores ({@code memory}, {@code jdbc}) */
    String name();

    /**
     * Records a newly accepted task as {@link TaskStatus#PENDING}. Creating an id that exists
     * already is a no-op returning false.
     *
     * @param contract the task
     * @return true when it was new
     */
    boolean create(TaskContract contract);

    /**
     * Moves a task to a status (e.g. RUNNING).
     *
     * @param taskId task id
     * @param status new status
     * @return false when no such task exists
     */
    boolean updateStatus(String taskId, TaskStatus status);

    /**
     * Stores a finished task with its plan, steps and provenance, replacing what was there.
     * Idempotent: saving the same result twice stores it once.
     *
     * @param result the result
     */
    void save(TaskResult result);

    /**
     * @param taskId task id
     * @return the stored result (for a task not yet finished: its status with no steps)
     */
    Optional<TaskResult> find(String taskId);

    /**
     * @param taskId task id
     * @return the stored result
     * @throws NoSuchElementException when there is no such task
     */
    default TaskResult get(String taskId) {
        return find(taskId).orElseThrow(() -> new NoSuchElementException("no task with id " + taskId));
    }

    /**
     * @param query filter
     * @return matching tasks, newest first
     */
    List<TaskSummary> list(TaskQuery query);
}
