package io.octollm.jdbc.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.jdbc.testing.Fixtures;
import io.octollm.jdbc.testing.MutableClock;
import io.octollm.spi.queue.QueuedTask;
import io.octollm.spi.queue.TaskQueue;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class JdbcTaskQueueTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private static TaskContract task(String id, Priority p) {
        return TaskContract.builder("goal of " + id).taskId(id).priority(p).build();
    }

    @BothDatabases
    void claim_takesMostUrgentThenOldest_andEmptyQueueGivesNothing(Backend backend) {
        MutableClock clock = new MutableClock(Fixtures.T0);
        try (JdbcStores stores = backend.open(clock)) {
            TaskQueue q = stores.taskQueue();
            assertThat(q.claim("w", LEASE)).isEmpty();
            q.enqueue(task("low", Priority.LOW));
            clock.advance(Duration.ofMillis(1));
            q.enqueue(task("high-old", Priority.HIGH));
            clock.advance(Duration.ofMillis(1));
            q.enqueue(task("high-new", Priority.HIGH));
            List<String> order = new ArrayList<>();
            for (Optional<QueuedTask> t = q.claim("w", LEASE); t.isPresent(); t = q.claim("w", LEASE)) {
                order.add(t.get().contract().taskId());
                assertThat(t.get().attempt()).isEqualTo(1);
                assertThat(t.get().workerId()).isEqualTo("w");
                assertThat(t.get().leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
            }
            assertThat(order).containsExactly("high-old", "high-new", "low");
            assertThat(stores.taskStore().get("low").status()).isEqualTo(TaskStatus.RUNNING);
        }
    }

    @BothDatabases
    void enqueue_sameIdTwice_queuesItOnce_andClaimReturnsTheFullContract(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskQueue q = stores.taskQueue();
            TaskContract c = TaskContract.builder("find [EMAIL_1]").taskId("t-1").userId("u1").tenantId("acme")
                    .constraint("be brief").acceptanceCriterion("cites a source").context("k", "v")
                    .metadata("m", "1").requiredCapability("search").deadline(Fixtures.T0.plusSeconds(60)).build();
            assertThat(q.enqueue(c)).isEqualTo("t-1");
            assertThat(q.enqueue(c)).isEqualTo("t-1");
            assertThat(q.claim("w", LEASE).orElseThrow().contract()).isEqualTo(c);
            assertThat(q.claim("w", LEASE)).isEmpty();
        }
    }

    @BothDatabases
    void claim_concurrentWorkers_neverClaimTwice(Backend backend) throws Exception {
        try (JdbcStores stores = backend.open()) {
            TaskQueue q = stores.taskQueue();
            int tasks = 60;
            for (int i = 0; i < tasks; i++) {
                q.enqueue(task("t-" + i, Priority.values()[i % 4]));
            }
            ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<Void>> workers = new ArrayList<>();
                for (int w = 0; w < 6; w++) {
                    String worker = "w" + w;
                    workers.add(() -> {
                        int idle = 0;
                        while (idle < 3) {
                            Optional<QueuedTask> t = q.claim(worker, LEASE);
                            if (t.isEmpty()) {
                                idle++;
                                continue;
                            }
                            idle = 0;
                            claimed.add(t.get().contract().taskId());
                            assertThat(q.complete(worker, Fixtures.result(t.get().contract().taskId(), 1))).isTrue();
                        }
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(workers)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(claimed).hasSize(tasks).doesNotHaveDuplicates();
            assertThat(stores.taskQueue().pending()).isZero();
        }
    }

    @BothDatabases
    void claim_afterLeaseExpires_givesTaskToAnotherWorker_andOldHolderCannotFinish(Backend backend) {
        MutableClock clock = new MutableClock(Fixtures.T0);
        try (JdbcStores stores = backend.open(clock)) {
            TaskQueue q = stores.taskQueue();
            q.enqueue(task("t-1", Priority.MEDIUM));
            assertThat(q.claim("dead", LEASE)).isPresent();
            clock.advance(LEASE.minusSeconds(1));
            assertThat(q.claim("other", LEASE)).as("lease still held").isEmpty();
            clock.advance(Duration.ofSeconds(2));
            QueuedTask again = q.claim("other", LEASE).orElseThrow();
            assertThat(again.attempt()).isEqualTo(2);
            assertThat(q.heartbeat("t-1", "dead", LEASE)).isFalse();
            assertThat(q.complete("dead", Fixtures.result("t-1", 2))).isFalse();
            assertThat(q.release("t-1", "dead")).isFalse();
            assertThat(q.complete("other", Fixtures.result("t-1", 3))).isTrue();
            assertThat(stores.taskStore().get("t-1").steps()).hasSize(3);
        }
    }

    @BothDatabases
    void heartbeat_extendsLease_soTaskStaysWithItsWorker(Backend backend) {
        MutableClock clock = new MutableClock(Fixtures.T0);
        try (JdbcStores stores = backend.open(clock)) {
            TaskQueue q = stores.taskQueue();
            q.enqueue(task("t-1", Priority.MEDIUM));
            q.claim("w1", LEASE).orElseThrow();
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofSeconds(20));
                assertThat(q.heartbeat("t-1", "w1", LEASE)).isTrue();
            }
            assertThat(q.claim("w2", LEASE)).isEmpty();
            assertThat(q.heartbeat("t-1", "w2", LEASE)).isFalse();
            clock.advance(Duration.ofSeconds(31));
            assertThat(q.claim("w2", LEASE)).isPresent();
        }
    }

    @BothDatabases
    void complete_secondTime_isIgnored_andResultIsStoredOnce(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskQueue q = stores.taskQueue();
            q.enqueue(task("t-1", Priority.MEDIUM));
            q.claim("w", LEASE).orElseThrow();
            TaskResult r = Fixtures.result("t-1", 5);
            assertThat(q.complete("w", r)).isTrue();
            TaskResult other = new TaskResult("t-1", "x", TaskStatus.FAILED, null, null, null, null, null, null, null,
                    0, null, Fixtures.T0, null, null);
            assertThat(q.complete("w", other)).isFalse();
            assertThat(stores.taskStore().get("t-1")).isEqualTo(r);
            assertThat(q.claim("w", LEASE)).isEmpty();
            assertThat(q.heartbeat("t-1", "w", LEASE)).isFalse();
        }
    }

    @BothDatabases
    void release_returnsTaskToQueue_onlyForItsHolder(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskQueue q = stores.taskQueue();
            q.enqueue(task("t-1", Priority.MEDIUM));
            q.claim("w1", LEASE).orElseThrow();
            assertThat(q.release("t-1", "w2")).isFalse();
            assertThat(q.release("t-1", "w1")).isTrue();
            assertThat(stores.taskStore().get("t-1").status()).isEqualTo(TaskStatus.PENDING);
            QueuedTask again = q.claim("w2", LEASE).orElseThrow();
            assertThat(again.attempt()).isEqualTo(2);
            assertThat(q.complete("w1", Fixtures.result("t-1", 1))).isFalse();
        }
    }

    @BothDatabases
    void enqueue_taskCreatedThroughTaskStore_isQueued(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskContract c = task("t-1", Priority.LOW);
            stores.taskStore().create(c);
            stores.taskQueue().enqueue(c);
            assertThat(stores.taskQueue().claim("w", LEASE)).isPresent();
        }
    }
}
