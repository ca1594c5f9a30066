package io.octollm.samples.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.spi.task.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmSampleTest {
    private static final String CODE =
            "public class Reverser { public static String reverse(String s) { return new StringBuilder(s).reverse().toString(); } }";

    @TempDir
    Path workspace;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        Files.writeString(workspace.resolve("readme.txt"), "hello\n");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!request.getPath().endsWith("/chat/completions")) {
                    return new MockResponse().setResponseCode(404);
                }
                String body = request.getBody().clone().readUtf8();
                String answer;
                if (body.contains("You are the planner")) {
                    // the engine's LLM planner (the default once a model is configured)
                    answer = "{\"steps\": [{\"id\": \"s1\", \"action\": \"write a java function that reverses "
                            + "a string\", \"arm\": \"coder\", \"depends_on\": [], \"criteria\": []}], "
                            + "\"rationale\": \"one coding step\"}";
                } else {
                    // the coder arm
                    answer = "{\"code\": " + quote(CODE) + ", \"explanation\": \"Reverses with StringBuilder.\", "
                            + "\"language\": \"java\", \"confidence\": 0.9, \"warnings\": [], \"tests\": \"\"}";
                }
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(
                        "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"test-model\",\"choices\":[{"
                                + "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(answer)
                                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":40,"
                                + "\"completion_tokens\":25,\"total_tokens\":65}}");
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private Map<String, String> env() {
        return Map.of("OPENAI_BASE_URL", server.url("/v1").toString(), "OPENAI_API_KEY", "sk-test",
                "OCTOLLM_LLM_MODEL", "test-model");
    }

    @Test
    void setup_withEnvironment_sendsTheCodeGoalToTheModelAndReturnsCompiledCode() throws Exception {
        try (LlmSample.Setup s = LlmSample.setup(env(), workspace)) {
            assertThat(s.llm()).isPresent();
            assertThat(s.mode()).startsWith("llm (test-model at ");
            assertThat(s.engine().arms().ids()).contains("coder");

            TaskResult r = s.engine().run(LlmSample.LLM_GOAL);

            assertThat(r.isCompleted()).as(r.message()).isTrue();
            assertThat(r.output()).contains("new StringBuilder(s).reverse()");
            assertThat(r.usage().totalTokens()).isPositive();
        }
        assertThat(server.getRequestCount()).isPositive();
        for (int i = server.getRequestCount(); i > 0; i--) {
            RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(sent).isNotNull();
            assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
            assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer sk-test");
            assertThat(sent.getBody().readUtf8()).contains("\"model\":\"test-model\"", "reverses a string");
        }
    }

    @Test
    void setup_withoutEnvironment_fallsBackToTheOfflineArms() {
        try (LlmSample.Setup s = LlmSample.setup(Map.of(), workspace)) {
            assertThat(s.llm()).isEmpty();
            assertThat(s.mode()).isEqualTo("offline");
            assertThat(s.engine().arms().ids()).doesNotContain("coder").contains("executor", "retriever");

            TaskResult r = s.engine().run(LlmSample.OFFLINE_GOAL);

            assertThat(r.isCompleted()).as(r.message()).isTrue();
            assertThat(r.output()).contains("readme.txt");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void setup_baseUrlWithoutModel_staysOffline() {
        try (LlmSample.Setup s = LlmSample.setup(Map.of("OPENAI_BASE_URL", server.url("/v1").toString()),
                workspace)) {
            assertThat(s.llm()).isEmpty();
        }
    }

    @Test
    void offline_codeGoal_isRefusedWithAMessageNamingTheMissingModel() {
        try (LlmSample.Setup s = LlmSample.setup(Map.of(), workspace)) {
            TaskResult r = s.engine().run(LlmSample.LLM_GOAL);

            assertThat(r.isCompleted()).isFalse();
            assertThat(r.message()).containsIgnoringCase("LLM");
        }
    }
}
