package io.octollm.core.store;

import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import io.octollm.spi.task.TaskSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps tasks in memory, newest {@code capacity} only: when full, the oldest finished tasks are
 * dropped (running ones are kept). Eviction is amortised O(1). Thread-safe.
 */
public final class InMemoryTaskStore implements io.octollm.spi.store.TaskStore {
    private record Entry(long seq, TaskSummary summary, TaskResult result) {
    }

    private final ConcurrentHashMap<String, Entry> tasks = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final java.util.concurrent.ConcurrentLinkedQueue<String> order = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final int capacity;
    private final Clock clock;

    /** @param capacity the most tasks kept, at least 1 */
    public InMemoryTaskStore(int capacity) {
        this(capacity, Clock.systemUTC());
    }

    /** @param capacity the most tasks kept, at least 1 @param clock time source */
    public InMemoryTaskStore(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean create(TaskContract contract) {
        Instant now = clock.instant();
        TaskSummary s = new TaskSummary(contract.taskId(), contract.goal(), TaskStatus.PENDING, contract.priority(),
                contract.userId(), now, now);
        boolean fresh = tasks.putIfAbsent(contract.taskId(), new Entry(seq.incrementAndGet(), s, null)) == null;
        if (fresh) {
            order.add(contract.taskId());
            evict();
        }
        return fresh;
    }

    @Override
    public boolean updateStatus(String taskId, TaskStatus status) {
        return tasks.computeIfPresent(taskId, (id, e) -> new Entry(e.seq, new TaskSummary(id, e.summary.goal(), status,
                e.summary.priority(), e.summary.userId(), e.summary.createdAt(), clock.instant()), e.result)) != null;
    }

    @Override
    public void save(TaskResult result) {
        Instant now = clock.instant();
        tasks.compute(result.taskId(), (id, e) -> {
            TaskSummary prev = e == null ? null : e.summary;
            TaskSummary s = new TaskSummary(id, result.goal(), result.status(),
                    prev == null ? null : prev.priority(), prev == null ? null : prev.userId(),
                    prev == null ? result.submittedAt() : prev.createdAt(), now);
            if (e == null) {
                order.add(id);
            }
            return new Entry(e == null ? seq.incrementAndGet() : e.seq, s, result);
        });
        evict();
    }

    @Override
    public Optional<TaskResult> find(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return Optional.empty();
        }
        if (e.result != null) {
            return Optional.of(e.result);
        }
        TaskSummary s = e.summary;
        return Optional.of(new TaskResult(s.taskId(), s.goal(), s.status(), null, "", "", null, List.of(), List.of(),
                List.of(), 0, null, s.createdAt(), s.updatedAt(), null));
    }

    @Override
    public List<TaskSummary> list(TaskQuery query) {
        List<Entry> all = new ArrayList<>(tasks.values());
        all.sort(Comparator.comparingLong((Entry e) -> e.seq).reversed());
        List<TaskSummary> out = new ArrayList<>();
        for (Entry e : all) {
            if (query.status() != null && e.summary.status() != query.status()) {
                continue;
            }
            if (query.userId() != null && !query.userId().equals(e.summary.userId())) {
                continue;
            }
            out.add(e.summary);
            if (out.size() >= query.limit()) {
                break;
            }
        }
        return out;
    }

    /** @return number of tasks held */
    public int size() {
        return tasks.size();
    }

    private void evict() {
        if (tasks.mappingCount() <= capacity) {
            return;
        }
        int attempts = 64; // bounded work per call; later calls continue
        while (attempts-- > 0 && tasks.mappingCount() > capacity) {
            String oldest = order.poll();
            if (oldest == null) {
                return;
            }
            Entry e = tasks.get(oldest);
            if (e == null) {
                continue;
            }
            if (e.summary.status().isTerminal()) {
                tasks.remove(oldest, e);
            } else {
                order.add(oldest); // still running: keep it, look further
            }
        }
    }
}
