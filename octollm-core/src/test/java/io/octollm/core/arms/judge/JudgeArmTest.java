package io.octollm.core.arms.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.testing.ScriptedLlm;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgeArmTest {
    private static ArmContext with(LlmClient llm) {
        return new ArmContext() {
            @Override
            public Optional<LlmClient> llm() {
                return Optional.ofNullable(llm);
            }

            @Override
            public Optional<EmbeddingModel> embeddings() {
                return Optional.empty();
            }

            @Override
            public MemoryStore memory() {
                return null;
            }

            @Override
            public Path workspace() {
                return Path.of(".");
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }
        };
    }

    private static ArmResult judge(LlmClient llm, String priority, String output, String... criteria) {
        return new JudgeArm().execute(new ArmRequest("t", "judge", "validate", Map.of("output", output),
                Map.of("goal", "g", "priority", priority), List.of(criteria), null, Instant.now().plusSeconds(9), 1, 1,
                1), with(llm));
    }

    @Test
    void noLlm_rulesOnly() {
        assertThat(judge(null, "MEDIUM", "hello", "contains:hello").data().get("valid")).isEqualTo(true);
    }

    @Test
    void llmSaysInvalid_issuesCarriedWithSuggestion_andUsageReported() {
        ScriptedLlm llm = new ScriptedLlm("```json\n{\"valid\": false, \"issues\": [{\"severity\": \"error\", "
                + "\"type\": \"criterion\", \"message\": \"no citation\", \"suggestion\": \"cite a file\"}]}\n```");
        ArmResult r = judge(llm, "MEDIUM", "an answer", "cites its sources");
        assertThat(r.data().get("valid")).isEqualTo(false);
        assertThat(r.data().toString()).contains("no citation").contains("cite a file");
        assertThat(r.usage().totalTokens()).isEqualTo(15);
        assertThat(r.attributes()).containsEntry("model", "scripted-model");
    }

    @Test
    void critical_usesQuorumOfThreeJudges_majorityWins() {
        ScriptedLlm llm = new ScriptedLlm("{\"valid\": true}", "{\"valid\": false}", "{\"valid\": true}");
        ArmResult r = judge(llm, "CRITICAL", "answer", "is an answer");
        assertThat(llm.requests).hasSize(3);
        assertThat(r.data().get("valid")).isEqualTo(true);
        assertThat(r.data().get("llm_votes_valid")).isEqualTo(2);
    }

    @Test
    void garbageVerdict_isAWarning_rulesStand() {
        ArmResult r = judge(new ScriptedLlm("I think it's fine"), "MEDIUM", "answer", "is an answer");
        assertThat(r.data().get("valid")).isEqualTo(true);
        assertThat(r.data().toString()).contains("could not be used");
    }
}
