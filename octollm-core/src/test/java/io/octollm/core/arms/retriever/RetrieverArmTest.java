package io.octollm.core.arms.retriever;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.store.InMemoryMemoryStore;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrieverArmTest {
    @TempDir
    Path docs;

    private final MemoryStore memory = new InMemoryMemoryStore();
    private final ArmContext ctx = new ArmContext() {
        @Override
        public Optional<LlmClient> llm() {
            return Optional.empty();
        }

        @Override
        public Optional<EmbeddingModel> embeddings() {
            return Optional.empty();
        }

        @Override
        public MemoryStore memory() {
            return memory;
        }

        @Override
        public Path workspace() {
            return docs;
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };

    private ArmResult ask(RetrieverArm arm, String instruction) {
        return arm.execute(new ArmRequest("t", "s1", instruction, null, null, null, null,
                Instant.now().plusSeconds(10), 1, 1, 1), ctx);
    }

    @Test
    void search_indexesFolderAndRanksTheRelevantPassageFirst_withCitation() throws Exception {
        Files.writeString(docs.resolve("guide.md"), "# Guide\n\nInstall with Maven.\n\n"
                + "## Rate limiting\n\nThe rate limiter is a token bucket that refills continuously.\n"
                + "Requests beyond the limit are throttled with a retry-after.\n");
        Files.createDirectories(docs.resolve("sub"));
        Files.writeString(docs.resolve("sub/cache.txt"), "The cache keeps answers for five minutes.\n");
        Files.createDirectories(docs.resolve(".hidden"));
        Files.writeString(docs.resolve(".hidden/secret.md"), "rate limiting secret notes");
        Files.writeString(docs.resolve("binary.md"), "");
        RetrieverArm arm = new RetrieverArm(docs, 5);
        ArmResult r = ask(arm, "search the docs for rate limiting");
        assertThat(r.success()).isTrue();
        assertThat(r.data().get("query")).isEqualTo("rate limiting");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) r.data().get("results");
        assertThat(results).isNotEmpty();
        assertThat(results.get(0).get("source")).isEqualTo("guide.md");
        assertThat((String) results.get(0).get("citation")).startsWith("guide.md:");
        assertThat(results).noneSatisfy(x -> assertThat((String) x.get("source")).contains(".hidden"));
        assertThat(r.output()).contains("[guide.md:").contains("token bucket");
        int start = (Integer) results.get(0).get("start");
        int end = (Integer) results.get(0).get("end");
        assertThat(Files.readString(docs.resolve("guide.md")).substring(start, end)).contains("token bucket");
    }

    @Test
    void search_noMatch_answersSoWithLowConfidence() throws Exception {
        Files.writeString(docs.resolve("a.md"), "nothing relevant here");
        ArmResult r = ask(new RetrieverArm(docs, 3), "search the docs for quantum entanglement");
        assertThat(r.success()).isTrue();
        assertThat(r.output()).startsWith("No passages match 'quantum entanglement'");
        assertThat(r.confidence()).isLessThan(0.5);
    }

    @Test
    void search_missingFolder_typedNotFound() {
        ArmResult r = ask(new RetrieverArm(docs.resolve("nope"), 3), "search the docs for x");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("DOCS_NOT_FOUND");
    }

    @Test
    void queryFrom_dropsRequestWords() {
        assertThat(RetrieverArm.queryFrom("search the docs for rate limiting")).isEqualTo("rate limiting");
        assertThat(RetrieverArm.queryFrom("Find documentation about HikariCP pool size")).isEqualTo("HikariCP pool size");
    }
}
