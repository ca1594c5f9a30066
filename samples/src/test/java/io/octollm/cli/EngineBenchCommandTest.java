package io.octollm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.octollm.core.json.TaskJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class EngineBenchCommandTest {
    @TempDir
    Path ws;

    @Test
    void benchEngine_printsOneJsonLine_withNothingLost() throws Exception {
        var r = CliTestSupport.run(ws, "bench", "engine", "--tasks", "500", "--warmup", "100", "--steps", "5",
                "--concurrency", "8");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode n = TaskJson.mapper().readTree(r.out());
        assertThat(n.get("tasks").asInt()).isEqualTo(500);
        assertThat(n.get("completed").asInt()).isEqualTo(500);
        assertThat(n.get("lost").asInt()).isZero();
        for (String f : new String[] {"tasks_per_s", "latency_p50_ms", "latency_p99_ms", "overhead_p50_us",
                "overhead_p99_us", "heap_peak_mb", "rejected", "failed"}) {
            assertThat(n.has(f)).as(f).isTrue();
        }
    }

    @Test
    void benchEngine_withFailures_everyFailedTaskHasReasonAndProvenancePerAttempt() throws Exception {
        var r = CliTestSupport.run(ws, "bench", "engine", "--tasks", "300", "--warmup", "0", "--steps", "3",
                "--concurrency", "8", "--failure-rate", "0.7");
        JsonNode n = TaskJson.mapper().readTree(r.out());
        assertThat(n.get("lost").asInt()).isZero();
        assertThat(n.get("failed").asInt()).isPositive();
        assertThat(n.get("failed_without_reason_or_provenance").asInt()).isZero();
        assertThat(n.get("completed").asInt() + n.get("failed").asInt()).isEqualTo(300);
    }

    @Test
    void benchEngine_badShape_exit2() {
        var r = CliTestSupport.run(ws, "bench", "engine", "--shape", "star");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--shape must be dag or chain");
    }

    @Test
    void benchEngine_help_showsFields() {
        var r = CliTestSupport.run(ws, "bench", "engine", "--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("overhead_p99_us").contains("--failure-rate");
    }
}
