package io.octollm.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.octollm.spi.llm.LlmException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MockWebServer server;
    private OpenAiCompatibleClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = OpenAiCompatibleClient.builder()
                .baseUrl(server.url("/v1").toString())
                .model("chat-model")
                .embeddingModel("embed-model")
                .sleeper(new RecordingSleeper())
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    /** Answers every embeddings request with vector [len(text), position] per input, in reverse order. */
    private static MockResponse echoVectors(RecordedRequest request) {
        try {
            JsonNode input = JSON.readTree(request.getBody().clone().readUtf8()).get("input");
            StringBuilder data = new StringBuilder();
            for (int i = input.size() - 1; i >= 0; i--) {
                if (data.length() > 0) {
                    data.append(',');
                }
                data.append("{\"object\":\"embedding\",\"index\":").append(i).append(",\"embedding\":[")
                        .append(input.get(i).asText().length()).append(',').append(i).append("]}");
            }
            return Answers.json("{\"object\":\"list\",\"model\":\"embed-model\",\"data\":[" + data + "]}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serveEchoVectors() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return echoVectors(request);
            }
        });
    }

    @Test
    void embed_sendsInputArrayAndReturnsVectorsInInputOrderUsingIndex() throws Exception {
        serveEchoVectors();

        List<float[]> vectors = client.embed(List.of("a", "bbb", "cc"));

        assertThat(vectors).hasSize(3);
        assertThat(vectors.get(0)).containsExactly(1f, 0f);
        assertThat(vectors.get(1)).containsExactly(3f, 1f);
        assertThat(vectors.get(2)).containsExactly(2f, 2f);
        RecordedRequest req = server.takeRequest();
        assertThat(req.getPath()).isEqualTo("/v1/embeddings");
        JsonNode body = JSON.readTree(req.getBody().readUtf8());
        assertThat(body.get("model").asText()).isEqualTo("embed-model");
        assertThat(body.get("input").isArray()).isTrue();
        assertThat(body.get("input").size()).isEqualTo(3);
    }

    @Test
    void embed_wrongNumberOfVectors_isBadResponse() {
        server.enqueue(Answers.json("{\"data\":[{\"index\":0,\"embedding\":[1.0]}]}"));

        assertThatThrownBy(() -> client.embed(List.of("a", "b"))).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE));
    }

    @Test
    void embed_withoutEmbeddingModel_isBadRequestWithoutCallingTheServer() {
        try (OpenAiCompatibleClient chatOnly = OpenAiCompatibleClient.builder().baseUrl(server.url("/v1").toString())
                .model("chat-model").build()) {
            assertThatThrownBy(() -> chatOnly.embed(List.of("a"))).isInstanceOfSatisfying(LlmException.class, e -> {
                assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_REQUEST);
                assertThat(e.getMessage()).contains("embeddingModel");
            });
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void embed_503ThenSuccess_isRetried() {
        server.enqueue(Answers.error(503, "warming up"));
        server.enqueue(Answers.json("{\"data\":[{\"index\":0,\"embedding\":[0.5]}]}"));

        assertThat(client.embed("x")).containsExactly(0.5f);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void batcher_concurrentCallersWithinTheWindow_goOutAsOneRequestAndEachGetsItsOwnVectors() throws Exception {
        serveEchoVectors();
        int callers = 4;
        try (EmbeddingBatcher batcher = EmbeddingBatcher.builder(client).maxBatchSize(callers * 2)
                .maxWait(Duration.ofSeconds(30)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<float[]>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String a = "x".repeat(10 + i);
                String b = "y".repeat(20 + i);
                results.add(pool.submit(() -> {
                    go.await();
                    return batcher.embed(List.of(a, b));
                }));
            }
            go.countDown();
            for (int i = 0; i < callers; i++) {
                List<float[]> mine = results.get(i).get(10, TimeUnit.SECONDS);
                assertThat(mine).hasSize(2);
                assertThat(mine.get(0)[0]).isEqualTo(10f + i);
                assertThat(mine.get(1)[0]).isEqualTo(20f + i);
            }
            pool.shutdown();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(JSON.readTree(server.takeRequest().getBody().readUtf8()).get("input").size()).isEqualTo(8);
    }

    @Test
    void batcher_failureReachesEveryCallerInTheBatch() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return Answers.error(400, "input too long");
            }
        });
        int callers = 3;
        try (EmbeddingBatcher batcher = EmbeddingBatcher.builder(client).maxBatchSize(callers)
                .maxWait(Duration.ofSeconds(30)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            List<Future<List<float[]>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String text = "t" + i;
                results.add(pool.submit(() -> batcher.embed(List.of(text))));
            }
            for (Future<List<float[]>> f : results) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(LlmException.class)
                        .satisfies(e -> assertThat(((LlmException) e.getCause()).kind())
                                .isEqualTo(LlmException.Kind.BAD_REQUEST));
            }
            pool.shutdown();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void batcher_loneCaller_isSentWhenTheWindowCloses() {
        serveEchoVectors();
        try (EmbeddingBatcher batcher = EmbeddingBatcher.builder(client).maxBatchSize(16)
                .maxWait(Duration.ofMillis(5)).build()) {
            assertThat(batcher.embed("abcd")).containsExactly(4f, 0f);
            assertThat(batcher.model()).isEqualTo("chat-model");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void batcher_callLargerThanABatch_bypassesBatching() {
        serveEchoVectors();
        try (EmbeddingBatcher batcher = EmbeddingBatcher.builder(client).maxBatchSize(2)
                .maxWait(Duration.ofSeconds(30)).build()) {
            assertThat(batcher.embed(List.of("a", "bb", "ccc"))).hasSize(3);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
