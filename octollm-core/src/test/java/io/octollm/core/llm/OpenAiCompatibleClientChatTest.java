package io.octollm.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiCompatibleClientChatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChatRequest HELLO = ChatRequest.of(ChatMessage.user("hello"));

    private MockWebServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<OpenAiCompatibleClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        clients.forEach(OpenAiCompatibleClient::close);
        server.shutdown();
    }

    private OpenAiCompatibleClient.Builder builder() {
        return OpenAiCompatibleClient.builder()
                .baseUrl(server.url("/v1").toString())
                .model("test-model")
                .clock(clock)
                .sleeper(sleeper)
                .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2));
    }

    private OpenAiCompatibleClient client(OpenAiCompatibleClient.Builder b) {
        OpenAiCompatibleClient c = b.build();
        clients.add(c);
        return c;
    }

    private static JsonNode body(RecordedRequest r) throws IOException {
        return JSON.readTree(r.getBody().readUtf8());
    }

    @Test
    void chat_success_returnsContentUsageAndCostFromPriceTable() throws Exception {
        server.enqueue(Answers.json(Answers.completionJson("hi there", "test-model-2024", 1000, 500)));
        OpenAiCompatibleClient c = client(builder().price("test-model", 0.01, 0.03));

        ChatResponse r = c.chat(HELLO);

        assertThat(r.content()).isEqualTo("hi there");
        assertThat(r.model()).isEqualTo("test-model-2024");
        assertThat(r.finishReason()).isEqualTo("stop");
        assertThat(r.usageEstimated()).isFalse();
        assertThat(r.usage().promptTokens()).isEqualTo(1000);
        assertThat(r.usage().completionTokens()).isEqualTo(500);
        assertThat(r.usage().costUsd()).isCloseTo(0.01 + 0.015, within(1e-9));
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getPath()).isEqualTo("/v1/chat/completions");
        JsonNode body = body(req);
        assertThat(body.get("model").asText()).isEqualTo("test-model");
        assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("user");
        assertThat(body.get("messages").get(0).get("content").asText()).isEqualTo("hello");
        assertThat(body.has("stream")).isFalse();
        assertThat(body.has("response_format")).isFalse();
    }

    @Test
    void chat_priceOfAnsweringModel_winsOverRequestedModel() {
        server.enqueue(Answers.json(Answers.completionJson("x", "exact", 2000, 0)));
        OpenAiCompatibleClient c = client(builder().price("test-model", 1.0, 1.0).price("exact", 0.5, 0.5));

        assertThat(c.chat(HELLO).usage().costUsd()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void chat_temperatureMaxTokensStopAndJsonMode_areSerialised() throws Exception {
        server.enqueue(Answers.completion("{\"ok\":true}"));
        OpenAiCompatibleClient c = client(builder());
        ChatRequest request = new ChatRequest("other-model",
                List.of(ChatMessage.system("answer in json"), ChatMessage.user("go")), 0.2, 64, true,
                List.of("END", "STOP"));

        ChatResponse r = c.chat(request);

        assertThat(r.content()).isEqualTo("{\"ok\":true}");
        JsonNode body = body(server.takeRequest());
        assertThat(body.get("model").asText()).isEqualTo("other-model");
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(64);
        assertThat(body.get("response_format").get("type").asText()).isEqualTo("json_object");
        assertThat(body.get("stop").get(0).asText()).isEqualTo("END");
        assertThat(body.get("stop").get(1).asText()).isEqualTo("STOP");
        assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
    }

    @Test
    void chat_apiKeyAndExtraHeaders_areSent() throws Exception {
        server.enqueue(Answers.completion("ok"));
        OpenAiCompatibleClient c = client(builder().apiKey("sk-secret").header("OpenAI-Organization", "org-1")
                .headers(Map.of("X-Trace", "abc")));

        c.chat(HELLO);

        RecordedRequest req = server.takeRequest();
        assertThat(req.getHeader("Authorization")).isEqualTo("Bearer sk-secret");
        assertThat(req.getHeader("OpenAI-Organization")).isEqualTo("org-1");
        assertThat(req.getHeader("X-Trace")).isEqualTo("abc");
        assertThat(req.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void chat_withoutApiKey_sendsNoAuthorizationHeader() throws Exception {
        server.enqueue(Answers.completion("ok"));
        client(builder()).chat(HELLO);

        assertThat(server.takeRequest().getHeader("Authorization")).isNull();
    }

    @Test
    void chat_azureBaseUrl_keepsDeploymentPathAndApiVersionAndSendsApiKeyHeader() throws Exception {
        server.enqueue(Answers.completion("ok"));
        OpenAiCompatibleClient c = client(builder()
                .baseUrl(server.url("/openai/deployments/gpt4o/").toString() + "?api-version=2024-06-01")
                .apiKey("azure-key"));

        c.chat(HELLO);

        RecordedRequest req = server.takeRequest();
        assertThat(req.getPath()).isEqualTo("/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01");
        assertThat(req.getHeader("api-key")).isEqualTo("azure-key");
        assertThat(req.getHeader("Authorization")).isNull();
    }

    @Test
    void baseUrl_trailingSlashes_areIgnoredForEveryServerShape() {
        assertThat(OpenAiCompatibleClient.builder().baseUrl("https://api.openai.com/v1/").model("m").build()
                .chatCompletionsUrl()).isEqualTo("https://api.openai.com/v1/chat/completions");
        assertThat(OpenAiCompatibleClient.builder().baseUrl("http://localhost:11434/v1//").model("m").build()
                .chatCompletionsUrl()).isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(OpenAiCompatibleClient.builder().baseUrl("http://localhost:8080").model("m").build()
                .chatCompletionsUrl()).isEqualTo("http://localhost:8080/chat/completions");
    }

    @Test
    void builder_rejectsANonHttpBaseUrlAndAMissingModel() {
        assertThatThrownBy(() -> OpenAiCompatibleClient.builder().baseUrl("ftp://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> OpenAiCompatibleClient.builder().baseUrl("http://x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("model");
    }

    @Test
    void fromEnvironment_readsBaseUrlKeyAndModel_andIsEmptyWithoutThem() throws Exception {
        assertThat(OpenAiCompatibleClient.fromEnvironment(Map.of())).isEmpty();
        assertThat(OpenAiCompatibleClient.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://x/v1"))).isEmpty();
        assertThat(OpenAiCompatibleClient.fromEnvironment(Map.of("OCTOLLM_LLM_MODEL", "m"))).isEmpty();

        server.enqueue(Answers.completion("ok"));
        OpenAiCompatibleClient c = OpenAiCompatibleClient.fromEnvironment(Map.of(
                "OPENAI_BASE_URL", server.url("/v1").toString(), "OPENAI_API_KEY", "k1",
                "OCTOLLM_LLM_MODEL", "env-model", "OCTOLLM_EMBEDDING_MODEL", "env-embed")).orElseThrow();
        clients.add(c);
        assertThat(c.model()).isEqualTo("env-model");
        assertThat(c.embeddingModel()).contains("env-embed");
        c.chat(HELLO);
        RecordedRequest req = server.takeRequest();
        assertThat(req.getHeader("Authorization")).isEqualTo("Bearer k1");
        assertThat(body(req).get("model").asText()).isEqualTo("env-model");
    }

    @Test
    void chat_429WithRetryAfterSeconds_retriesAfterThatDelay() {
        server.enqueue(Answers.error(429, "slow down").setHeader("Retry-After", "3"));
        server.enqueue(Answers.completion("ok"));

        ChatResponse r = client(builder()).chat(HELLO);

        assertThat(r.content()).isEqualTo("ok");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void chat_429WithRetryAfterHttpDate_waitsUntilThatDate() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(clock.instant().plusSeconds(7).atZone(ZoneOffset.UTC));
        server.enqueue(Answers.error(429, "slow down").setHeader("Retry-After", at));
        server.enqueue(Answers.completion("ok"));

        assertThat(client(builder()).chat(HELLO).content()).isEqualTo("ok");
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void chat_429WithRateLimitResetHeaders_waitsForTheExhaustedLimit() {
        server.enqueue(Answers.error(429, "tokens")
                .setHeader("x-ratelimit-remaining-requests", "10")
                .setHeader("x-ratelimit-remaining-tokens", "0")
                .setHeader("x-ratelimit-reset-requests", "6m0s")
                .setHeader("x-ratelimit-reset-tokens", "1s20ms"));
        server.enqueue(Answers.completion("ok"));

        assertThat(client(builder()).chat(HELLO).content()).isEqualTo("ok");
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(1020));
    }

    @Test
    void chat_retryAfterBeyondMaxWait_failsAtOnceWithTheDelayAsRetryAfter() {
        server.enqueue(Answers.error(429, "come back later").setHeader("Retry-After", "120"));

        assertThatThrownBy(() -> client(builder().maxWait(Duration.ofSeconds(30))).chat(HELLO))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void chat_429InsufficientQuota_isNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(429).setBody(
                "{\"error\":{\"message\":\"You exceeded your current quota\",\"code\":\"insufficient_quota\"}}"));

        assertThatThrownBy(() -> client(builder()).chat(HELLO)).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
            assertThat(e.retryable()).isFalse();
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void chat_500ThenSuccess_retriesWithJitteredBackoff() {
        server.enqueue(Answers.error(500, "boom"));
        server.enqueue(Answers.completion("recovered"));

        assertThat(client(builder()).chat(HELLO).content()).isEqualTo("recovered");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.sleeps).hasSize(1);
        assertThat(sleeper.sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(150));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void chat_serverErrorsUntilRetriesRunOut_throwsUnavailableAfterExponentialBackoff(int status) {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Answers.error(status, "down"));
        }

        assertThatThrownBy(() -> client(builder().maxRetries(3).jitter(false)).chat(HELLO))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.UNAVAILABLE);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("HTTP " + status).contains("down");
                });
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400));
    }

    @Test
    void backoff_isCappedAndJitteredWithinHalfToOneAndAHalf() {
        OpenAiCompatibleClient c = client(builder().backoff(Duration.ofMillis(100), 10, Duration.ofMillis(500)));
        for (int i = 0; i < 50; i++) {
            assertThat(c.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(150));
            assertThat(c.backoff(5)).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 422})
    void chat_clientErrors_areBadRequestAndNeverRetried(int status) {
        server.enqueue(Answers.error(status, "bad input"));
        server.enqueue(Answers.completion("must not be reached"));

        assertThatThrownBy(() -> client(builder()).chat(HELLO)).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_REQUEST);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("bad input");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void chat_authFailures_areAuthAndNeverRetried(int status) {
        server.enqueue(Answers.error(status, "Incorrect API key provided"));

        assertThatThrownBy(() -> client(builder().apiKey("sk-wrong")).chat(HELLO))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.AUTH);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("sk-wrong");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void chat_serverNeverAnswers_timesOutWithTimeoutKindAfterRetrying() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThatThrownBy(() -> client(builder().readTimeout(Duration.ofMillis(150)).maxRetries(1)).chat(HELLO))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void chat_connectionDroppedThenSuccess_retriesTheIoError() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(Answers.completion("second time lucky"));

        assertThat(client(builder()).chat(HELLO).content()).isEqualTo("second time lucky");
        assertThat(sleeper.sleeps).hasSize(1);
    }

    @Test
    void chat_malformedBody_isBadResponse() {
        server.enqueue(Answers.json("{\"choices\": [ {\"message\": "));

        assertBadResponse(client(builder()), HELLO, "not valid JSON");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void chat_htmlBodyWith200_isBadResponse() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>proxy</html>"));

        assertBadResponse(client(builder()), HELLO, "not valid JSON");
    }

    @Test
    void chat_emptyChoices_isBadResponse() {
        server.enqueue(Answers.json("{\"model\":\"m\",\"choices\":[]}"));

        assertBadResponse(client(builder()), HELLO, "no choices");
    }

    @Test
    void chat_missingContent_isBadResponse() {
        server.enqueue(Answers.json("{\"model\":\"m\",\"choices\":[{\"message\":{\"role\":\"assistant\"}}]}"));

        assertBadResponse(client(builder()), HELLO, "no text content");
    }

    @Test
    void chat_jsonModeAnsweredWithProse_isBadResponse() {
        server.enqueue(Answers.completion("Sure! Here is the JSON you asked for."));
        ChatRequest json = new ChatRequest(null, List.of(ChatMessage.user("json please")), null, null, true, null);

        assertBadResponse(client(builder()), json, "not one");
    }

    @Test
    void chat_withoutUsageInAnswer_estimatesFromCharacters() {
        server.enqueue(Answers.json("{\"model\":\"m\",\"choices\":[{\"message\":{\"content\":\"12345678\"},"
                + "\"finish_reason\":\"stop\"}]}"));

        ChatResponse r = client(builder()).chat(ChatRequest.of(ChatMessage.user("abcdefghijkl")));

        assertThat(r.usageEstimated()).isTrue();
        assertThat(r.usage().promptTokens()).isEqualTo(3);
        assertThat(r.usage().completionTokens()).isEqualTo(2);
    }

    @Test
    void chatAsync_successAndRetry_completeTheFuture() {
        server.enqueue(Answers.error(503, "busy"));
        server.enqueue(Answers.completion("async ok"));
        OpenAiCompatibleClient c = client(builder().backoff(Duration.ofMillis(1), 2, Duration.ofMillis(5)));

        ChatResponse r = c.chatAsync(HELLO).orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(r.content()).isEqualTo("async ok");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void chatAsync_authFailure_completesExceptionallyWithLlmException() {
        server.enqueue(Answers.error(401, "no key"));

        assertThatThrownBy(() -> client(builder()).chatAsync(HELLO).orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(LlmException.class)
                .satisfies(e -> assertThat(((LlmException) e.getCause()).kind()).isEqualTo(LlmException.Kind.AUTH));
    }

    @Test
    void logs_neverContainTheApiKeyOrThePrompt() {
        server.enqueue(Answers.error(503, "busy"));
        server.enqueue(Answers.error(401, "Incorrect API key provided"));
        OpenAiCompatibleClient c = client(builder().apiKey("sk-very-secret-123"));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> c.chat(ChatRequest.of(ChatMessage.user("my confidential prompt text"))))
                    .isInstanceOf(LlmException.class);
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("retry 1 of 3");
        assertThat(logs).doesNotContain("sk-very-secret-123").doesNotContain("confidential prompt");
    }

    @Test
    void chatAsync_cancelled_abortsTheHttpCallAndFreesItsPermit() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(Answers.completion("after cancel"));
        OpenAiCompatibleClient c = client(builder().maxConcurrentRequests(1).readTimeout(Duration.ofSeconds(60))
                .maxRetries(0));

        var hanging = c.chatAsync(HELLO);
        assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
        hanging.cancel(true);

        // the only permit must come back now, not when the 60 s read timeout fires
        var next = CompletableFuture.supplyAsync(() -> c.chat(HELLO));
        assertThat(next.get(10, TimeUnit.SECONDS).content()).isEqualTo("after cancel");
        assertThat(hanging).isCancelled();
    }

    @Test
    void chat_interruptedWhileWaiting_failsAtOnceAndFreesItsPermit() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(Answers.completion("after interrupt"));
        OpenAiCompatibleClient c = client(builder().maxConcurrentRequests(1).readTimeout(Duration.ofSeconds(60)));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                c.chat(HELLO);
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        caller.start();
        assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();

        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.kind()).isEqualTo(LlmException.Kind.UNAVAILABLE);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("interrupted");
        });
        assertThat(c.chat(HELLO).content()).isEqualTo("after interrupt");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void concurrencyLimit_holdsExtraCallsUntilAPermitIsFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    release.await(10, TimeUnit.SECONDS);
                    return Answers.completion("ok");
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        });
        OpenAiCompatibleClient c = client(builder().maxConcurrentRequests(2));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ChatResponse>> blocking = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                blocking.add(pool.submit(() -> c.chat(HELLO)));
            }
            var async = c.chatAsync(HELLO);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.getRequestCount() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(100); // give a wrongly admitted third call the chance to show up
            assertThat(server.getRequestCount()).isEqualTo(2);

            release.countDown();
            for (Future<ChatResponse> f : blocking) {
                assertThat(f.get(10, TimeUnit.SECONDS).content()).isEqualTo("ok");
            }
            assertThat(async.get(10, TimeUnit.SECONDS).content()).isEqualTo("ok");
            assertThat(server.getRequestCount()).isEqualTo(4);
            assertThat(maxInFlight.get()).isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void requestsPerMinute_secondCallWaitsForTheBucketToRefill() {
        server.enqueue(Answers.completion("one"));
        server.enqueue(Answers.completion("two"));
        OpenAiCompatibleClient c = client(builder().rateLimit("test-model", 1, 0));

        c.chat(HELLO);
        c.chat(HELLO);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void tokensPerMinute_waitLongerThanMaxWait_failsLocallyWithoutSending() {
        server.enqueue(Answers.completion("one"));
        OpenAiCompatibleClient c = client(builder().tokensPerMinute(100).maxWait(Duration.ofSeconds(5)));
        ChatRequest big = new ChatRequest(null, List.of(ChatMessage.user("x".repeat(200))), null, 50, false, null);

        c.chat(big);

        assertThatThrownBy(() -> c.chat(big)).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
            assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(5));
            assertThat(e.getMessage()).contains("local rate limit");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimits_areKeptPerModel() {
        server.enqueue(Answers.completion("a"));
        server.enqueue(Answers.completion("b"));
        OpenAiCompatibleClient c = client(builder().requestsPerMinute(1));

        c.chat(HELLO);
        c.chat(new ChatRequest("another-model", List.of(ChatMessage.user("hi")), null, null, false, null));

        assertThat(sleeper.sleeps).isEmpty();
    }

    private static void assertBadResponse(OpenAiCompatibleClient c, ChatRequest request, String messagePart) {
        assertThatThrownBy(() -> c.chat(request)).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
