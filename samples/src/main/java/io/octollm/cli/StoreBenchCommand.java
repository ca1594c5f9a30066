package io.octollm.cli;

import io.octollm.core.json.TaskJson;
import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.internal.Dialect;
import io.octollm.jdbc.internal.StoreWorkload;
import io.octollm.jdbc.internal.TaskRows;
import io.octollm.spi.Usage;
import io.octollm.spi.queue.QueuedTask;
import io.octollm.spi.queue.TaskQueue;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code octollm bench store}: tasks persisted per second through the JDBC task store (batched,
 * one transaction per task) against a naive row-at-a-time baseline (one statement and one commit
 * per row), and the durable queue's dequeue rate (claim + complete with the result) with two
 * workers and 0 ms arms. Prints one JSON line.
 */
final class StoreBenchCommand implements Command {
    @Override
    public String name() {
        return "store";
    }

    @Override
    public String summary() {
        return "JDBC task persistence (batched vs row-at-a-time) and queue dequeue rate";
    }

    @Override
    public String help() {
        return """
                Usage: octollm bench store [OPTIONS]

                Persists --tasks finished tasks (--steps step results and provenance records each)
                through the task store (one transaction per task), then --bulk per transaction (saveAll),
                then the same through a naive row-at-a-time baseline (a statement and a commit per row), then
                queues --tasks tasks and lets --workers workers claim and complete them (0 ms arms).
                Prints one JSON line. Each run uses fresh task ids, so it can repeat on one database.

                Options:
                %s
                                       (default: a fresh in-memory H2 database)
                  --tasks N            tasks per phase, 10..1000000 (default 2000)
                  --steps N            steps per task, 1..100 (default 5)
                  --threads N          writer threads for the persistence phases, 1..64 (default 4)
                  --workers N          queue workers, 1..64 (default 2)
                  --bulk N             tasks per transaction in the bulk phase, 2..10000 (default 100)""".formatted(DbOptions.HELP);
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of(), Set.of("--db", "--tasks", "--steps", "--threads", "--workers", "--bulk"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        String url = a.option("--db", io.env().getOrDefault("OCTOLLM_DB",
                "jdbc:h2:mem:bench-" + ThreadLocalRandom.current().nextInt(1 << 30)));
        int tasks = a.intOption("--tasks", 2000, 10, 1_000_000);
        int steps = a.intOption("--steps", 5, 1, 100);
        int threads = a.intOption("--threads", 4, 1, 64);
        int workers = a.intOption("--workers", 2, 1, 64);
        int bulk = a.intOption("--bulk", 100, 2, 10_000);
        String run = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        try (JdbcStores stores = DbOptions.open(url, io, Math.max(threads, workers) + 1)) {
            TaskRows naive = new TaskRows(Dialect.forUrl(url));
            int warm = Math.min(1000, tasks);
            persist(warm, steps, threads, "warm-b-" + run, r -> stores.taskStore().save(r));
            persist(warm, steps, threads, "warm-n-" + run, r -> naive(stores, naive, r));
            io.err().println("persisting " + tasks + " tasks, batched...");
            double batched = persist(tasks, steps, threads, "b-" + run, r -> stores.taskStore().save(r));
            io.err().println("persisting " + tasks + " tasks, " + bulk + " per transaction...");
            double bulkRate = persistBulk(tasks, steps, threads, bulk, "u-" + run, stores);
            io.err().println("persisting " + tasks + " tasks, row at a time...");
            double rowByRow = persist(tasks, steps, threads, "n-" + run, r -> naive(stores, naive, r));
            io.err().println("queue: " + tasks + " tasks, " + workers + " workers...");
            double queue = queue(stores.taskQueue(), tasks, steps, workers, "q-" + run);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mode", "store");
            m.put("db", stores.dialect());
            m.put("tasks", tasks);
            m.put("steps_per_task", steps);
            m.put("writer_threads", threads);
            m.put("batched_tasks_per_s", Math.round(batched));
            m.put("naive_tasks_per_s", Math.round(rowByRow));
            m.put("batched_vs_naive", Math.round(batched / rowByRow * 10) / 10.0);
            m.put("bulk_tasks_per_transaction", bulk);
            m.put("bulk_tasks_per_s", Math.round(bulkRate));
            m.put("bulk_vs_naive", Math.round(bulkRate / rowByRow * 10) / 10.0);
            m.put("queue_workers", workers);
            m.put("queue_tasks_per_s", Math.round(queue));
            io.out().println(TaskJson.write(m));
        }
        return 0;
    }

    private interface Writer {
        void write(TaskResult r) throws Exception;
    }

    private static void naive(JdbcStores stores, TaskRows rows, TaskResult r) throws Exception {
        try (Connection c = stores.dataSource().getConnection()) {
            rows.saveRowByRow(c, r, Instant.now());
        }
    }

    /** @return tasks per second */
    private static double persist(int tasks, int steps, int threads, String prefix, Writer writer) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(() -> {
                for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                    writer.write(StoreWorkload.result(prefix + "-" + i, steps));
                }
                return null;
            });
        }
        return tasks / runAll(jobs);
    }

    /** @return tasks per second, saved {@code bulk} per transaction with {@code saveAll} */
    private static double persistBulk(int tasks, int steps, int threads, int bulk, String prefix, JdbcStores stores)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(() -> {
                for (int from = next.getAndAdd(bulk); from < tasks; from = next.getAndAdd(bulk)) {
                    List<TaskResult> chunk = new ArrayList<>();
                    for (int i = from; i < Math.min(tasks, from + bulk); i++) {
                        chunk.add(StoreWorkload.result(prefix + "-" + i, steps));
                    }
                    stores.taskStore().saveAll(chunk);
                }
                return null;
            });
        }
        return tasks / runAll(jobs);
    }

    private static double queue(TaskQueue queue, int tasks, int steps, int workers, String prefix) throws Exception {
        for (int i = 0; i < tasks; i++) {
            queue.enqueue(TaskContract.builder("benchmark task " + i).taskId(prefix + "-" + i).build());
        }
        AtomicInteger left = new AtomicInteger(tasks);
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String worker = "bench-worker-" + w;
            jobs.add(() -> {
                while (left.get() > 0) {
                    Optional<QueuedTask> t = queue.claim(worker, Duration.ofMinutes(5));
                    if (t.isEmpty()) {
                        Thread.onSpinWait();
                        continue;
                    }
                    if (queue.complete(worker, StoreWorkload.result(t.get().contract().taskId(), steps))) {
                        left.decrementAndGet();
                    }
                }
                return null;
            });
        }
        return tasks / runAll(jobs);
    }

    /** @return wall seconds */
    private static double runAll(List<Callable<Void>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            long t0 = System.nanoTime();
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
