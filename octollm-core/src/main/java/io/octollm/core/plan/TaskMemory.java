package io.octollm.core.plan;

import io.octollm.spi.store.HistoryEntry;
import io.octollm.spi.store.ScoredDocument;
import io.octollm.spi.task.TaskResult;
import java.util.List;

/**
 * What the engine looked up for planning, fetched concurrently: the user's recent tasks, the
 * documents most related to the goal, and the parent task's result.
 *
 * @param history the user's recent tasks, newest first
 * @param related documents related to the goal, best first
 * @param parent the parent task's stored result, or null
 */
public record TaskMemory(List<HistoryEntry> history, List<ScoredDocument> related, TaskResult parent) {
    /** Nothing known. */
    public static final TaskMemory EMPTY = new TaskMemory(List.of(), List.of(), null);

    /** Copies. */
    public TaskMemory {
        history = history == null ? List.of() : List.copyOf(history);
        related = related == null ? List.of() : List.copyOf(related);
    }
}
