package io.octollm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.octollm.core.json.TaskJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandsTest {
    @TempDir
    Path ws;

    private String db() {
        return "jdbc:h2:" + ws.resolve("octollm-db").toAbsolutePath();
    }

    @Test
    void submit_thenWorker_thenTaskAndTasks_showTheCompletedTask() throws Exception {
        Files.writeString(ws.resolve("notes.txt"), "rate limiting uses a token bucket\n");
        var submitted = CliTestSupport.run(ws, "submit", "--db", db(), "--priority", "high", "--id", "t-1",
                "list the files in the workspace");
        assertThat(submitted.code()).as(submitted.err()).isZero();
        assertThat(submitted.out().strip()).isEqualTo("t-1");

        var pending = CliTestSupport.run(ws, "tasks", "--db", db(), "--status", "pending");
        assertThat(pending.code()).isZero();
        assertThat(pending.out()).contains("t-1").contains("pending").contains("high");

        var worker = CliTestSupport.run(ws, "worker", "--db", db(), "--exit-when-idle", "--id", "w1");
        assertThat(worker.code()).as(worker.err()).isZero();
        assertThat(worker.err()).contains("stopped after 1 task(s)");

        var shown = CliTestSupport.run(ws, "task", "--db", db(), "--json", "t-1");
        assertThat(shown.code()).as(shown.err()).isZero();
        JsonNode json = TaskJson.mapper().readTree(shown.out());
        assertThat(json.path("taskId").asText()).isEqualTo("t-1");
        assertThat(json.path("status").asText()).isNotIn("pending", "running", "PENDING", "RUNNING");
        assertThat(json.path("provenance").size()).isGreaterThan(0);

        var text = CliTestSupport.run(ws, "task", "--db", db(), "t-1");
        assertThat(text.out()).contains("steps (").contains("provenance (");

        var all = CliTestSupport.run(ws, "tasks", "--db", db(), "--json");
        assertThat(all.out().strip().lines()).hasSize(1);
        assertThat(TaskJson.mapper().readTree(all.out()).path("id").asText()).isEqualTo("t-1");
    }

    @Test
    void task_unknownId_exit1_andMissingDb_exit2() {
        var r = CliTestSupport.run(ws, "task", "--db", db(), "nope");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no task with id nope");
        var usage = CliTestSupport.run(ws, "tasks");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("--db");
        var badStatus = CliTestSupport.run(ws, "tasks", "--db", db(), "--status", "sleeping");
        assertThat(badStatus.code()).isEqualTo(2);
    }

    @Test
    void submit_unreachableDatabase_exit1WithMessage() {
        var r = CliTestSupport.run(ws, "submit", "--db", "jdbc:postgresql://127.0.0.1:1/none", "goal");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot connect");
    }

    @Test
    void benchStore_printsOneJsonLineWithBothRatesAndQueueRate() throws Exception {
        var r = CliTestSupport.run(ws, "bench", "store", "--tasks", "50", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode j = TaskJson.mapper().readTree(r.out());
        assertThat(j.path("db").asText()).isEqualTo("h2");
        assertThat(j.path("batched_tasks_per_s").asLong()).isPositive();
        assertThat(j.path("naive_tasks_per_s").asLong()).isPositive();
        assertThat(j.path("queue_tasks_per_s").asLong()).isPositive();
        assertThat(j.path("queue_workers").asInt()).isEqualTo(2);
    }
}
