package io.octollm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class RunWithLlmTest {
    @TempDir
    Path ws;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(ws.resolve("A.java"), "class A {}");
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static String chat(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"id\":\"x\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":10,\"total_tokens\":30}}";
    }

    @Test
    void run_withLlmFromOptions_plansWithTheModel_andCountsTokens() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                if (body.contains("You are the planner")) {
                    return new MockResponse().setBody(chat("```json\n{\"steps\": [{\"id\": \"s1\", \"action\": "
                            + "\"count the java sources\", \"arm\": \"executor\"}], \"rationale\": \"one tool call\"}\n```"));
                }
                return new MockResponse().setBody(chat("{\"valid\": true}"));
            }
        });
        var r = CliTestSupport.run(ws, "run", "--json", "--llm-base-url", server.url("/v1").toString(),
                "--llm-model", "test-model", "tally the jvm units we keep");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        var n = io.octollm.core.json.TaskJson.mapper().readTree(r.out());
        assertThat(n.get("plan").get("source").asText()).as(n.get("plan").toString()).isEqualTo("llm");
        assertThat(n.get("output").asText()).isEqualTo("Found 1 .java files.");
        assertThat(n.get("usage").get("promptTokens").asLong()).isPositive();
    }

    @Test
    void run_llmRefusesKey_offlineStepsStillWork_noStackTrace() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"bad key\"}}");
            }
        });
        var r = CliTestSupport.run(ws, "run", "--llm-base-url", server.url("/v1").toString(), "--llm-model", "m",
                "count the java sources");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Found 1 .java files.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void run_codingGoalWithFailingLlm_endsWithTypedError_exit1() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"bad key\"}}");
            }
        });
        var r = CliTestSupport.runWithEnv(ws, Map.of("OPENAI_BASE_URL", server.url("/v1").toString(),
                "OCTOLLM_LLM_MODEL", "m"), "run", "implement a java function that adds two numbers");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("failed").doesNotContain("\tat ");
    }

    @Test
    void run_baseUrlWithoutModel_exit2() {
        var r = CliTestSupport.run(ws, "run", "--llm-base-url", "http://127.0.0.1:1/v1", "count files");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("needs a model");
    }
}
