package io.octollm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.octollm.core.json.TaskJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class ReportBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void report_printsThreeTables_andWritesJsonAndSelfContainedHtml() throws Exception {
        var r = CliTestSupport.run(dir, "bench", "report", "--seconds", "0.3", "--out", "out");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("LATENCY").contains("THROUGHPUT").contains("RESOURCES")
                .contains("Reflex Layer").contains("End-to-end (complex)").contains("simulated LLM latency");
        JsonNode json = TaskJson.mapper().readTree(Files.readString(dir.resolve("out/report.json")));
        assertThat(json.get("latency")).hasSize(6);
        assertThat(json.get("throughput")).hasSize(3);
        assertThat(json.get("resources")).hasSize(6);
        assertThat(json.get("throughput_curve")).hasSize(7);
        for (JsonNode row : json.get("latency")) {
            assertThat(row.get("samples").asLong()).as(row.get("component").asText()).isPositive();
            assertThat(row.has("pass")).isTrue();
        }
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("<polyline")
                .doesNotContain("<script").doesNotContain("http://cdn").doesNotContain("src=\"http");
    }
}
