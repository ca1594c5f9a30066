package io.octollm.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.ChatStreamListener;
import io.octollm.spi.llm.LlmException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleClientStreamTest {
    private static final ChatRequest HELLO = ChatRequest.of(ChatMessage.user("hello there"));

    private MockWebServer server;
    private OpenAiCompatibleClient client;
    private final RecordingSleeper sleeper = new RecordingSleeper(
            new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = OpenAiCompatibleClient.builder()
                .baseUrl(server.url("/v1/").toString())
                .model("test-model")
                .sleeper(sleeper)
                .readTimeout(Duration.ofSeconds(5))
                .price("test-model", 1.0, 2.0)
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    /** Records every callback in order. */
    static class RecordingListener implements ChatStreamListener {
        final List<String> deltas = new CopyOnWriteArrayList<>();
        final List<ChatResponse> completions = new CopyOnWriteArrayList<>();
        final List<LlmException> errors = new CopyOnWriteArrayList<>();

        @Override
        public void onDelta(String delta) {
            deltas.add(delta);
        }

        @Override
        public void onComplete(ChatResponse response) {
            completions.add(response);
        }

        @Override
        public void onError(LlmException error) {
            errors.add(error);
        }

        LlmException onlyError() {
            assertThat(completions).isEmpty();
            assertThat(errors).hasSize(1);
            return errors.get(0);
        }
    }

    @Test
    void stream_withUsageChunk_deliversDeltasInOrderAndTheServerUsage() throws Exception {
        server.enqueue(Answers.sse(Answers.chunk("", null), Answers.chunk("Hel", null), Answers.chunk("lo", null),
                Answers.chunk(null, "stop"), Answers.usageChunk(1000, 2000), "[DONE]"));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.errors).isEmpty();
        assertThat(listener.deltas).containsExactly("Hel", "lo");
        assertThat(listener.completions).hasSize(1);
        ChatResponse r = listener.completions.get(0);
        assertThat(r.content()).isEqualTo("Hello");
        assertThat(r.finishReason()).isEqualTo("stop");
        assertThat(r.usageEstimated()).isFalse();
        assertThat(r.usage().promptTokens()).isEqualTo(1000);
        assertThat(r.usage().completionTokens()).isEqualTo(2000);
        assertThat(r.usage().costUsd()).isEqualTo(5.0);
        RecordedRequest req = server.takeRequest();
        JsonNode body = new ObjectMapper().readTree(req.getBody().readUtf8());
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.get("stream_options").get("include_usage").asBoolean()).isTrue();
        assertThat(req.getHeader("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void stream_withoutUsageChunk_estimatesAndSaysSo() {
        server.enqueue(Answers.sse(Answers.chunk("abcdefgh", null), Answers.chunk(null, "stop"), "[DONE]"));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        ChatResponse r = listener.completions.get(0);
        assertThat(r.usageEstimated()).isTrue();
        assertThat(r.usage().promptTokens()).isEqualTo(3); // "hello there" = 11 chars
        assertThat(r.usage().completionTokens()).isEqualTo(2);
    }

    @Test
    void stream_commentsAndMultiLineEvents_areHandled() {
        String body = ": keep-alive\n\nevent: message\ndata: " + Answers.chunk("a", null) + "\n\n"
                + "data: " + Answers.chunk("b", "stop") + "\n\ndata: [DONE]\n\n";
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.deltas).containsExactly("a", "b");
        assertThat(listener.completions.get(0).content()).isEqualTo("ab");
    }

    @Test
    void stream_endingAfterFinishReasonWithoutDone_completes() {
        server.enqueue(Answers.sse(Answers.chunk("x", null), Answers.chunk(null, "length")));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.completions.get(0).finishReason()).isEqualTo("length");
    }

    @Test
    void stream_closedBeforeDoneOrFinish_isBadResponse() {
        server.enqueue(Answers.sse(Answers.chunk("partial ", null), Answers.chunk("answ", null)));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.deltas).containsExactly("partial ", "answ");
        LlmException e = listener.onlyError();
        assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("truncated");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void stream_connectionDroppedMidBody_isBadResponseNotAHang() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            big.append("data: ").append(Answers.chunk("token" + i + " ", null)).append("\n\n");
        }
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(big.toString())
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.onlyError().kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE);
    }

    @Test
    void stream_callerInterruptedWhileTheBodyStalls_endsWithAnErrorPromptly() throws Exception {
        String first = "data: " + Answers.chunk("first", null) + "\n\n";
        server.enqueue(Answers.sse(Answers.chunk("first", null), Answers.chunk("second", "stop"), "[DONE]")
                .throttleBody(first.length(), 1, TimeUnit.SECONDS)); // stalls 1 s after the first event
        CountDownLatch firstDelta = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onDelta(String delta) {
                super.onDelta(delta);
                firstDelta.countDown();
            }
        };
        Thread caller = new Thread(() -> client.stream(HELLO, listener));
        caller.start();
        assertThat(firstDelta.await(10, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(listener.deltas).containsExactly("first");
        assertThat(listener.onlyError().getMessage()).contains("interrupted");
    }

    @Test
    void stream_malformedChunk_isBadResponse() {
        server.enqueue(Answers.sse(Answers.chunk("ok", null), "{not json"));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.onlyError().kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE);
    }

    @Test
    void stream_serverErrorBeforeFirstByte_isRetried() {
        server.enqueue(Answers.error(502, "gateway"));
        server.enqueue(Answers.sse(Answers.chunk("fine", "stop"), "[DONE]"));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.errors).isEmpty();
        assertThat(listener.completions.get(0).content()).isEqualTo("fine");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.sleeps).hasSize(1);
    }

    @Test
    void stream_unauthorised_reportsAuthErrorOnce() {
        server.enqueue(Answers.error(401, "bad key"));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.onlyError().kind()).isEqualTo(LlmException.Kind.AUTH);
        assertThat(listener.deltas).isEmpty();
    }

    @Test
    void stream_serverIgnoringStreamFlag_deliversTheWholeAnswerAsOneDelta() {
        server.enqueue(Answers.completion("all at once"));
        RecordingListener listener = new RecordingListener();

        client.stream(HELLO, listener);

        assertThat(listener.deltas).containsExactly("all at once");
        assertThat(listener.completions.get(0).usageEstimated()).isFalse();
    }

    @Test
    void stream_listenerThrowingFromOnDelta_doesNotBreakTheStream() {
        server.enqueue(Answers.sse(Answers.chunk("a", null), Answers.chunk("b", "stop"), "[DONE]"));
        RecordingListener recorder = new RecordingListener();
        ChatStreamListener throwing = new ChatStreamListener() {
            @Override
            public void onDelta(String delta) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onComplete(ChatResponse response) {
                recorder.onComplete(response);
            }

            @Override
            public void onError(LlmException error) {
                recorder.onError(error);
            }
        };

        client.stream(HELLO, throwing);

        assertThat(recorder.completions.get(0).content()).isEqualTo("ab");
    }

    @Test
    void stream_jsonModeWithProse_isBadResponse() {
        server.enqueue(Answers.sse(Answers.chunk("not json", "stop"), "[DONE]"));
        RecordingListener listener = new RecordingListener();

        client.stream(new ChatRequest(null, List.of(ChatMessage.user("json")), null, null, true, null), listener);

        assertThat(listener.onlyError().kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE);
    }
}
