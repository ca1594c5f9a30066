package io.octollm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.octollm.core.json.TaskJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path ws;

    @Test
    void help_listsCommands_exit0() {
        var r = CliTestSupport.run(ws, "--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("run ").contains("arms ").contains("Usage: octollm COMMAND");
    }

    @Test
    void noArguments_printsUsage_exit2() {
        assertThat(CliTestSupport.run(ws).code()).isEqualTo(2);
    }

    @Test
    void commandHelp_exit0() {
        var r = CliTestSupport.run(ws, "run", "--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Usage: octollm run").contains("--json");
    }

    @Test
    void unknownCommand_exit2() {
        var r = CliTestSupport.run(ws, "frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command 'frobnicate'");
    }

    @Test
    void arms_listsBuiltIns() {
        var r = CliTestSupport.run(ws, "arms");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("executor").contains("retriever").contains("judge");
    }

    @Test
    void arms_json_isAnArrayWithTagsAndTier() throws Exception {
        var r = CliTestSupport.run(ws, "arms", "--json");
        assertThat(r.code()).isEqualTo(0);
        JsonNode n = TaskJson.mapper().readTree(r.out());
        assertThat(n.isArray()).isTrue();
        assertThat(n.findValuesAsText("id")).contains("executor", "retriever", "judge");
        assertThat(n.get(0).has("cost_tier")).isTrue();
    }

    @Test
    void arms_unexpectedArgument_exit2() {
        assertThat(CliTestSupport.run(ws, "arms", "extra").code()).isEqualTo(2);
    }
}
