package io.octollm.jdbc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.jdbc.testing.CountingDataSource;
import io.octollm.jdbc.testing.Fixtures;
import io.octollm.spi.StoreException;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.StepStatus;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import io.octollm.spi.task.TaskSummary;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

class JdbcTaskStoreTest {

    @BothDatabases
    void save_thenFind_returnsEqualResult(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskResult r = Fixtures.result("task-1", 5);
            stores.taskStore().save(r);
            assertThat(stores.taskStore().get("task-1")).isEqualTo(r);
        }
    }

    @BothDatabases
    void find_taskWithStepsAndProvenance_takesAtMostTwoQueries(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            stores.taskStore().save(Fixtures.result("task-1", 8));
            CountingDataSource counting = new CountingDataSource(stores.dataSource());
            try (JdbcStores counted = JdbcStores.builder().dataSource(counting).build()) {
                counting.reset();
                TaskResult loaded = counted.taskStore().get("task-1");
                assertThat(loaded.steps()).hasSize(8);
                assertThat(loaded.provenance()).hasSize(8);
                assertThat(counting.roundTrips()).isLessThanOrEqualTo(2);
            }
        }
    }

    @BothDatabases
    void save_stepsAndProvenance_goInBatchesNotOneRoundTripPerRow(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CountingDataSource counting = new CountingDataSource(stores.dataSource());
            try (JdbcStores counted = JdbcStores.builder().dataSource(counting).build()) {
                counting.reset();
                counted.taskStore().save(Fixtures.result("task-small", 2));
                int smallTrips = counting.roundTrips();
                counting.reset();
                counted.taskStore().save(Fixtures.result("task-big", 50));
                assertThat(counting.roundTrips()).isEqualTo(smallTrips).isLessThanOrEqualTo(4);
            }
        }
    }

    @BothDatabases
    void saveAll_manyTasks_takesTheSameRoundTripsAsOne_andEveryTaskLoads(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            CountingDataSource counting = new CountingDataSource(stores.dataSource());
            try (JdbcStores counted = JdbcStores.builder().dataSource(counting).build()) {
                List<TaskResult> results = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    results.add(Fixtures.result("bulk-" + i, 5));
                }
                counting.reset();
                counted.taskStore().saveAll(results);
                assertThat(counting.roundTrips()).isLessThanOrEqualTo(4);
                for (TaskResult r : results) {
                    assertThat(counted.taskStore().get(r.taskId())).isEqualTo(r);
                }
            }
        }
    }

    @BothDatabases
    void saveAll_sameIdTwice_lastResultWins(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskResult first = Fixtures.result("t-1", 4);
            TaskResult last = Fixtures.result("t-1", 2);
            stores.taskStore().saveAll(List.of(first, Fixtures.result("t-2", 1), last));
            assertThat(stores.taskStore().get("t-1")).isEqualTo(last);
            assertThat(stores.taskStore().get("t-2").steps()).hasSize(1);
        }
    }

    @BothDatabases
    void save_resultRepeatingOneCallKey_storesThatCallOnce_lastRecordWins(Backend backend) throws SQLException {
        try (JdbcStores stores = backend.open()) {
            TaskResult r = Fixtures.result("t-1", 2);
            ProvenanceRecord p = r.provenance().get(0);
            ProvenanceRecord again = new ProvenanceRecord(p.taskId(), p.stepId(), p.armId(), p.model(), p.attempt(),
                    p.startedAt(), p.duration(), p.inputHash(), "other-output", p.commandHash(), p.confidence(),
                    p.promptTokens(), p.completionTokens(), p.costUsd(), Outcome.FAILURE, "E");
            List<ProvenanceRecord> prov = new ArrayList<>(r.provenance());
            prov.add(again);
            stores.taskStore().save(new TaskResult(r.taskId(), r.goal(), r.status(), r.stopReason(), r.message(),
                    r.output(), r.plan(), r.steps(), prov, r.issues(), r.repairRounds(), r.usage(), r.submittedAt(),
                    r.completedAt(), r.timings()));
            assertThat(count(stores.dataSource(), "action_log")).isEqualTo(2);
            assertThat(stores.taskStore().get("t-1").provenance()).contains(again);
        }
    }

    @BothDatabases
    void save_failingOnTheLastRow_writesNothing(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskResult r = Fixtures.result("t-1", 3);
            ProvenanceRecord p = r.provenance().get(2);
            List<ProvenanceRecord> prov = new ArrayList<>(r.provenance().subList(0, 2));
            prov.add(new ProvenanceRecord(p.taskId(), p.stepId(), p.armId(), p.model(), p.attempt(), p.startedAt(),
                    p.duration(), p.inputHash(), p.outputHash(), p.commandHash(), p.confidence(), p.promptTokens(),
                    p.completionTokens(), p.costUsd(), Outcome.FAILURE, "E".repeat(500)));
            TaskResult bad = new TaskResult(r.taskId(), r.goal(), r.status(), r.stopReason(), r.message(), r.output(),
                    r.plan(), r.steps(), prov, r.issues(), r.repairRounds(), r.usage(), r.submittedAt(),
                    r.completedAt(), r.timings());
            assertThatThrownBy(() -> stores.taskStore().save(bad)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("save task t-1");
            assertThat(stores.taskStore().find("t-1")).isEmpty();
        }
    }

    @BothDatabases
    void save_sameResultTwice_storesEachRowOnce(Backend backend) throws SQLException {
        try (JdbcStores stores = backend.open()) {
            TaskResult r = Fixtures.result("task-1", 5);
            stores.taskStore().save(r);
            stores.taskStore().save(r);
            assertThat(count(stores.dataSource(), "step_results")).isEqualTo(5);
            assertThat(count(stores.dataSource(), "action_log")).isEqualTo(5);
            assertThat(stores.taskStore().get("task-1")).isEqualTo(r);
        }
    }

    @BothDatabases
    void save_rerunAfterCrash_replacesStepsAndKeepsOneProvenanceRowPerCall(Backend backend) throws SQLException {
        try (JdbcStores stores = backend.open()) {
            TaskResult first = Fixtures.result("task-1", 3);
            stores.taskStore().save(first);
            // the re-run produced new outputs for the same steps and one extra retried call
            List<StepResult> steps = new ArrayList<>();
            for (StepResult s : first.steps()) {
                steps.add(new StepResult(s.stepId(), s.armId(), StepStatus.SUCCEEDED, "rerun " + s.stepId(), s.data(),
                        s.confidence(), s.attempts(), s.usage(), null, s.startedAt(), s.duration()));
            }
            List<ProvenanceRecord> prov = new ArrayList<>(first.provenance());
            ProvenanceRecord p = first.provenance().get(0);
            prov.add(new ProvenanceRecord(p.taskId(), p.stepId(), p.armId(), p.model(), 2, p.startedAt().plusSeconds(1),
                    p.duration(), p.inputHash(), p.outputHash(), p.commandHash(), p.confidence(), 1, 1, 0.0,
                    Outcome.SUCCESS, null));
            TaskResult rerun = new TaskResult(first.taskId(), first.goal(), first.status(), first.stopReason(),
                    first.message(), first.output(), first.plan(), steps, prov, first.issues(), first.repairRounds(),
                    first.usage(), first.submittedAt(), first.completedAt(), first.timings());
            stores.taskStore().save(rerun);

            TaskResult loaded = stores.taskStore().get("task-1");
            assertThat(loaded.steps()).extracting(StepResult::output).containsExactly("rerun s1", "rerun s2", "rerun s3");
            assertThat(count(stores.dataSource(), "step_results")).isEqualTo(3);
            assertThat(count(stores.dataSource(), "action_log")).isEqualTo(4);
        }
    }

    @BothDatabases
    void save_resultWithFewerSteps_removesStaleSteps(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            stores.taskStore().save(Fixtures.result("task-1", 5));
            TaskResult shorter = Fixtures.result("task-1", 2);
            stores.taskStore().save(shorter);
            assertThat(stores.taskStore().get("task-1").steps()).extracting(StepResult::stepId).containsExactly("s1", "s2");
        }
    }

    @BothDatabases
    void create_thenFind_isPendingWithNoSteps_andCreatingAgainReturnsFalse(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            TaskContract c = TaskContract.builder("summarise the report").taskId("t-1").userId("alice").build();
            assertThat(stores.taskStore().create(c)).isTrue();
            assertThat(stores.taskStore().create(c)).isFalse();
            TaskResult r = stores.taskStore().get("t-1");
            assertThat(r.status()).isEqualTo(TaskStatus.PENDING);
            assertThat(r.goal()).isEqualTo("summarise the report");
            assertThat(r.steps()).isEmpty();
            assertThat(stores.taskStore().find("nope")).isEmpty();
        }
    }

    @BothDatabases
    void updateStatus_unknownTask_returnsFalse_knownTaskChanges(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            stores.taskStore().create(TaskContract.builder("g").taskId("t-1").build());
            assertThat(stores.taskStore().updateStatus("missing", TaskStatus.RUNNING)).isFalse();
            assertThat(stores.taskStore().updateStatus("t-1", TaskStatus.RUNNING)).isTrue();
            assertThat(stores.taskStore().get("t-1").status()).isEqualTo(TaskStatus.RUNNING);
        }
    }

    @BothDatabases
    void updateStatuses_manyTasks_changesThemInOneCall(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            Map<String, TaskStatus> changes = new LinkedHashMap<>();
            for (int i = 0; i < 600; i++) {
                stores.taskStore().create(TaskContract.builder("g").taskId("t-" + i).build());
                changes.put("t-" + i, i % 2 == 0 ? TaskStatus.CANCELLED : TaskStatus.RUNNING);
            }
            changes.put("unknown", TaskStatus.FAILED);
            assertThat(stores.taskStore().updateStatuses(changes)).isEqualTo(600);
            assertThat(stores.taskStore().list(new TaskQuery(TaskStatus.CANCELLED, null, 10_000))).hasSize(300);
            assertThat(stores.taskStore().get("t-1").status()).isEqualTo(TaskStatus.RUNNING);
        }
    }

    @BothDatabases
    void list_filtersByStatusAndUser_newestFirst(Backend backend) {
        io.octollm.jdbc.testing.MutableClock clock = new io.octollm.jdbc.testing.MutableClock(Fixtures.T0);
        try (JdbcStores stores = backend.open(clock)) {
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofSeconds(1));
                stores.taskStore().create(TaskContract.builder("goal " + i).taskId("t-" + i)
                        .userId(i % 2 == 0 ? "alice" : "bob").priority(Priority.HIGH).build());
            }
            stores.taskStore().updateStatus("t-4", TaskStatus.RUNNING);
            assertThat(stores.taskStore().list(new TaskQuery(null, "alice", 100))).extracting(TaskSummary::taskId)
                    .containsExactly("t-4", "t-2", "t-0");
            assertThat(stores.taskStore().list(new TaskQuery(TaskStatus.PENDING, "alice", 100)))
                    .extracting(TaskSummary::taskId).containsExactly("t-2", "t-0");
            assertThat(stores.taskStore().list(new TaskQuery(null, null, 2))).extracting(TaskSummary::taskId)
                    .containsExactly("t-5", "t-4");
            TaskSummary s = stores.taskStore().list(TaskQuery.recent()).get(0);
            assertThat(s.priority()).isEqualTo(Priority.HIGH);
            assertThat(s.goal()).isEqualTo("goal 5");
        }
    }

    @BothDatabases
    void stream_partlyConsumedAndClosed_returnsItsConnection(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            List<TaskResult> results = new ArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                results.add(new TaskResult("t-" + i, "goal " + i, TaskStatus.COMPLETED, null, null, "x", null, null,
                        null, null, 0, null, Fixtures.T0, null, null));
            }
            stores.taskStore().saveAll(results);
            HikariDataSource pool = (HikariDataSource) stores.dataSource();
            try (Stream<TaskSummary> s = stores.taskStore().stream(new TaskQuery(TaskStatus.COMPLETED, null, 10_000))) {
                Iterator<TaskSummary> it = s.iterator();
                for (int i = 0; i < 10; i++) {
                    assertThat(it.next().status()).isEqualTo(TaskStatus.COMPLETED);
                }
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(1);
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            try (Stream<TaskSummary> s = stores.taskStore().stream(new TaskQuery(null, null, 10_000))) {
                assertThat(s.map(TaskSummary::taskId).collect(Collectors.toSet())).hasSize(1_200);
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }

    static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
