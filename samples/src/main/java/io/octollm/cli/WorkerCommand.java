package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.jdbc.JdbcStores;
import io.octollm.spi.StoreException;
import io.octollm.spi.queue.QueuedTask;
import io.octollm.spi.queue.TaskQueue;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code octollm worker --db URL}: claims tasks from the durable queue and runs them until
 * stopped. Each claim is a lease renewed by a heartbeat; the result (task, steps, provenance) is
 * stored by the queue's completion, exactly once. On SIGTERM the worker finishes the task it holds
 * (within {@code --grace}) or releases it, then exits. Store failures are logged and retried with
 * backoff; the worker keeps running.
 */
final class WorkerCommand implements Command {
    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String summary() {
        return "run queued tasks from a database until stopped";
    }

    @Override
    public String help() {
        return """
                Usage: octollm worker --db URL [OPTIONS]

                Claims tasks queued with 'octollm submit' and runs them on the offline engine
                (tool executor, retriever, rule judge). Many workers, in many processes, can share
                one PostgreSQL database: a task is held by one worker at a time under a lease the
                worker renews; if a worker dies its lease expires and another worker takes over.
                Stops on SIGTERM/Ctrl-C after finishing (or releasing) the task it holds.

                Options:
                %s
                  --id NAME            worker id (default: host name and process id)
                  --lease SECONDS      lease length, 2..3600 (default 30); renewed every third
                  --poll-ms N          wait when the queue is empty, 10..60000 (default 500)
                  --grace SECONDS      on shutdown, time to finish the held task (default 30)
                  --max-tasks N        exit after N tasks (default: no limit)
                  --exit-when-idle     exit when the queue is empty
                  --docs DIR           folder the retriever indexes (default: current directory)
                  --workspace DIR      folder the tool executor works in (default: current directory)""".formatted(
                DbOptions.HELP);
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of("--exit-when-idle"), Set.of("--db", "--id", "--lease", "--poll-ms", "--grace",
                "--max-tasks", "--docs", "--workspace"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        String url = DbOptions.url(a, io);
        String workerId = a.option("--id", ManagementFactory.getRuntimeMXBean().getName());
        Duration lease = Duration.ofSeconds(a.intOption("--lease", 30, 2, 3600));
        int pollMs = a.intOption("--poll-ms", 500, 10, 60_000);
        Duration grace = Duration.ofSeconds(a.intOption("--grace", 30, 0, 3600));
        int maxTasks = a.intOption("--max-tasks", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        boolean exitWhenIdle = a.flag("--exit-when-idle");
        Path workspace = io.cwd().resolve(a.option("--workspace", ".")).toAbsolutePath().normalize();
        Path docs = io.cwd().resolve(a.option("--docs", ".")).toAbsolutePath().normalize();
        OctoLlm.Builder engineBuilder = Engines.offline(workspace, docs);

        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch exited = new CountDownLatch(1);
        AtomicReference<String> holding = new AtomicReference<>();
        AtomicReference<TaskQueue> queueRef = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            stopping.set(true);
            try {
                if (!exited.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    String held = holding.get();
                    TaskQueue q = queueRef.get();
                    if (held != null && q != null && q.release(held, workerId)) {
                        io.err().println("worker " + workerId + ": released task " + held + " on shutdown");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                io.err().println("worker " + workerId + ": could not release on shutdown: " + e.getMessage());
            }
        }, "octollm-worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "octollm-worker-heartbeat");
            t.setDaemon(true);
            return t;
        });
        int done = 0;
        try (OctoLlm engine = engineBuilder.build()) {
            JdbcStores stores = null;
            int failures = 0;
            io.err().println("worker " + workerId + " started");
            while (!stopping.get() && done < maxTasks) {
                try {
                    if (stores == null) {
                        stores = DbOptions.open(url, io, 2);
                        queueRef.set(stores.taskQueue());
                    }
                    TaskQueue queue = stores.taskQueue();
                    Optional<QueuedTask> claimed = queue.claim(workerId, lease);
                    failures = 0;
                    if (claimed.isEmpty()) {
                        if (exitWhenIdle) {
                            break;
                        }
                        Thread.sleep(pollMs);
                        continue;
                    }
                    runOne(engine, queue, claimed.get(), workerId, lease, holding, heartbeats, io);
                    done++;
                } catch (StoreException e) {
                    failures++;
                    long backoff = Math.min(30_000L, 250L << Math.min(7, failures));
                    io.err().println("worker " + workerId + ": store error (" + (e.isTransient() ? "transient" : "permanent")
                            + "), retrying in " + backoff + " ms: " + e.getMessage());
                    Thread.sleep(backoff);
                }
            }
            if (stores != null) {
                stores.close();
            }
        } finally {
            heartbeats.shutdownNow();
            exited.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running; it sees the latch
            }
        }
        io.err().println("worker " + workerId + " stopped after " + done + " task(s)");
        return 0;
    }

    private static void runOne(OctoLlm engine, TaskQueue queue, QueuedTask task, String workerId, Duration lease,
            AtomicReference<String> holding, ScheduledExecutorService heartbeats, CliIO io) {
        String id = task.contract().taskId();
        holding.set(id);
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                if (!queue.heartbeat(id, workerId, lease)) {
                    io.err().println("worker " + workerId + ": lost the lease on task " + id);
                }
            } catch (StoreException e) {
                io.err().println("worker " + workerId + ": heartbeat failed: " + e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            TaskResult result;
            Instant started = Instant.now();
            try {
                result = engine.run(task.contract());
            } catch (RuntimeException e) {
                result = new TaskResult(id, task.contract().goal(), TaskStatus.FAILED, StopReason.INTERNAL_ERROR,
                        "the engine failed: " + e, "", null, null, null, null, 0, null, started, Instant.now(), null);
            }
            if (queue.complete(workerId, result)) {
                io.err().println("worker " + workerId + ": " + id + " " + result.status().name().toLowerCase()
                        + " (attempt " + task.attempt() + ", " + result.duration().toMillis() + " ms)");
            } else {
                io.err().println("worker " + workerId + ": " + id + " was taken over by another worker; result dropped");
            }
        } finally {
            beat.cancel(false);
            holding.set(null);
        }
    }
}
