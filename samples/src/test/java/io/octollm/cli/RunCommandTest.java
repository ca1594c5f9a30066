package io.octollm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.octollm.core.json.TaskJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class RunCommandTest {
    @TempDir
    Path ws;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(ws.resolve("src/main/java"));
        Files.writeString(ws.resolve("src/main/java/A.java"), "class A {}");
        Files.writeString(ws.resolve("src/main/java/B.java"), "class B {}");
        Files.createDirectories(ws.resolve("docs"));
        Files.writeString(ws.resolve("docs/limits.md"), "# Limits\n\nRate limiting uses a token bucket per user.\n");
        Files.writeString(ws.resolve("README.md"), "# Demo\n\nA demo project.\n");
    }

    @Test
    void run_exampleGoal_printsProgressAndAnswer_exit0() {
        var r = CliTestSupport.run(ws, "run", "list the files in the workspace and count the java sources");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Found 2 .java files.").contains("src/main/java/A.java");
        assertThat(r.err()).contains("> s1 [executor]").contains("< s2 [executor] succeeded in");
    }

    @Test
    void run_searchDocs_citesThePassage() {
        var r = CliTestSupport.run(ws, "run", "--docs", "docs", "search the docs for rate limiting");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("[limits.md:1-3]").contains("token bucket");
    }

    @Test
    void run_json_printsOnlyTheResultAsJson() throws Exception {
        var r = CliTestSupport.run(ws, "run", "--json", "count the java sources");
        assertThat(r.code()).isEqualTo(0);
        JsonNode n = TaskJson.mapper().readTree(r.out());
        assertThat(n.get("status").asText()).isEqualTo("completed");
        assertThat(n.get("output").asText()).isEqualTo("Found 2 .java files.");
        assertThat(n.get("steps")).hasSize(1);
        assertThat(n.get("provenance").get(0).get("armId").asText()).isEqualTo("executor");
        assertThat(n.get("usage").has("promptTokens")).isTrue();
        assertThat(r.err()).doesNotContain("> s1");
    }

    @Test
    void run_taskThatCannotBePlanned_exit1WithReason() {
        var r = CliTestSupport.run(ws, "run", "compose a sonnet about autumn");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("failed (plan_invalid)").contains("no arm matches");
    }

    @Test
    void run_missingGoal_exit2() {
        var r = CliTestSupport.run(ws, "run");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing the goal").contains("--help");
    }

    @Test
    void run_unknownOption_exit2() {
        var r = CliTestSupport.run(ws, "run", "--frobnicate", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option: --frobnicate");
    }

    @Test
    void run_badTimeout_exit2() {
        var r = CliTestSupport.run(ws, "run", "--timeout", "soon", "count files");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--timeout must be an integer");
    }

    @Test
    void run_blankGoal_exit2WithValidationMessage() {
        var r = CliTestSupport.run(ws, "run", "   ");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("goal must not be blank");
    }

    @Test
    void run_missingDocsFolder_exit2() {
        var r = CliTestSupport.run(ws, "run", "--docs", "nope", "search the docs for x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a directory");
    }

    @Test
    void run_withDb_persistsTheTask_andTaskCommandShowsIt() throws Exception {
        String url = "jdbc:h2:" + ws.resolve("db").toAbsolutePath();
        var r = CliTestSupport.run(ws, "run", "--json", "--db", url, "count the java sources");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        String id = TaskJson.mapper().readTree(r.out()).get("taskId").asText();
        var shown = CliTestSupport.run(ws, "task", "--db", url, id);
        assertThat(shown.code()).as(shown.err()).isEqualTo(0);
        assertThat(shown.out()).contains(id).contains("executor");
    }
}
