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
    private EmbeddingModel embeddings;
    private final ArmContext ctx = new ArmContext() {
        @Override
        public Optional<LlmClient> llm() {
            return Optional.empty();
        }

        @Override
        public Optional<EmbeddingModel> embeddings() {
            return Optional.ofNullable(embeddings);
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
        return ask(arm, instruction, Map.of());
    }

    private ArmResult ask(RetrieverArm arm, String instruction, Map<String, Object> params) {
        return arm.execute(new ArmRequest("t", "s1", instruction, null, params, null, null,
                Instant.now().plusSeconds(10), 1, 1, 1), ctx);
    }

    /** Maps synonyms onto the same dimension, so vector search finds what keywords miss. */
    private static final class SynonymEmbeddings implements EmbeddingModel {
        @Override
        public String model() {
            return "synonyms";
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<float[]> out = new java.util.ArrayList<>();
            for (String t : texts) {
                String l = t.toLowerCase();
                float[] v = new float[3];
                v[0] = l.contains("throttl") || l.contains("quota") ? 1 : 0;
                v[1] = l.contains("cache") ? 1 : 0;
                v[2] = 0.01f;
                out.add(v);
            }
            return out;
        }
    }

    @Test
    void withEmbeddings_hybridRankingFindsSynonyms_viaRrf() throws Exception {
        embeddings = new SynonymEmbeddings();
        Files.writeString(docs.resolve("quota.md"), "Requests over the quota are throttled politely.\n");
        Files.writeString(docs.resolve("cache.md"), "The cache keeps answers.\n");
        ArmResult r = ask(new RetrieverArm(docs, 3), "search the docs for throttling");
        assertThat(r.data().get("method")).isEqualTo("hybrid");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) r.data().get("results");
        assertThat(results.get(0).get("source")).isEqualTo("quota.md");
        assertThat((Double) results.get(0).get("score")).isLessThanOrEqualTo(2.0 / 61);
    }

    @Test
    void filtersAndMinScore_applied() throws Exception {
        Files.createDirectories(docs.resolve("a"));
        Files.createDirectories(docs.resolve("b"));
        Files.writeString(docs.resolve("a/x.md"), "token bucket details\n");
        Files.writeString(docs.resolve("b/y.md"), "token bucket overview\n");
        RetrieverArm arm = new RetrieverArm(docs, 5);
        ArmResult filtered = ask(arm, "search the docs for token bucket", Map.of("filter.source", "b/"));
        assertThat(filtered.output()).contains("b/y.md").doesNotContain("a/x.md");
        ArmResult strict = ask(arm, "search the docs for token bucket", Map.of("min_score", 1000));
        assertThat(strict.output()).startsWith("No passages match");
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
