package io.octollm.jdbc.crash;

import io.octollm.jdbc.JdbcStores;
import io.octollm.spi.Usage;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.queue.QueuedTask;
import io.octollm.spi.queue.TaskQueue;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.StepStatus;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A worker process for {@link WorkerCrashTest}: claims tasks, "runs" 5 steps of {@code stepMs}
 * each (heartbeating between steps), completes them with 5 step results and 5 provenance records,
 * and prints {@code STARTED id attempt} / {@code COMPLETED id attempt}. Exits when the queue is
 * drained.
 */
public final class CrashWorkerMain {
    static final int STEPS = 5;

    private CrashWorkerMain() {
    }

    /**
     * @param args URL, worker id, lease in ms, step time in ms
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String worker = args[1];
        Duration lease = Duration.ofMillis(Long.parseLong(args[2]));
        long stepMs = Long.parseLong(args[3]);
        try (JdbcStores stores = JdbcStores.builder().url(url).user("postgres").password("").poolSize(2)
                .maxOverflow(2).migrate(true).build()) {
            TaskQueue q = stores.taskQueue();
            while (true) {
                Optional<QueuedTask> claimed = q.claim(worker, lease);
                if (claimed.isEmpty()) {
                    if (stores.taskQueue().pending() == 0) {
                        break;
                    }
                    Thread.sleep(20);
                    continue;
                }
                QueuedTask t = claimed.get();
                String id = t.contract().taskId();
                System.out.println("STARTED " + id + " " + t.attempt());
                System.out.flush();
                Instant started = Instant.now();
                List<StepResult> steps = new ArrayList<>();
                List<ProvenanceRecord> prov = new ArrayList<>();
                for (int i = 1; i <= STEPS; i++) {
                    Thread.sleep(stepMs);
                    q.heartbeat(id, worker, lease);
                    steps.add(new StepResult("s" + i, "sim", StepStatus.SUCCEEDED, worker + " did step " + i,
                            Map.of("attempt", t.attempt()), 1.0, 1, Usage.ZERO, null, started, Duration.ofMillis(stepMs)));
                    prov.add(new ProvenanceRecord(id, "s" + i, "sim", null, 1, started, Duration.ofMillis(stepMs),
                            "in", "out", null, 1.0, 0, 0, 0, Outcome.SUCCESS, null));
                }
                TaskResult r = new TaskResult(id, t.contract().goal(), TaskStatus.COMPLETED, null, null, "done by " + worker,
                        null, steps, prov, null, 0, null, started, Instant.now(), null);
                if (q.complete(worker, r)) {
                    System.out.println("COMPLETED " + id + " " + t.attempt());
                } else {
                    System.out.println("LOST " + id + " " + t.attempt());
                }
                System.out.flush();
            }
        }
    }
}
