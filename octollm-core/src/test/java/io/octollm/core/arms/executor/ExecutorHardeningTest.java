package io.octollm.core.arms.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ExecutorHardeningTest {
    @TempDir
    Path ws;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static ArmResult call(ToolExecutorArm arm, String taskId, Map<String, Object> params) {
        return arm.execute(new ArmRequest(taskId, "s1", "fetch", null, params, null, null,
                Instant.now().plusSeconds(30), 1, 1, 1), null);
    }

    private ToolExecutorArm httpArm(int maxBytes) {
        return ToolExecutorArm.builder(ws).allowHost(server.getHostName()).allowHttp(true).maxHttpBytes(maxBytes)
                .build();
    }

    @Test
    void httpGet_allowListedHost_returnsBody() {
        server.enqueue(new MockResponse().setBody("hello from the allowed host"));
        ArmResult r = call(httpArm(1000), "t", Map.of("action", "http_get", "url", server.url("/x").toString()));
        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo("hello from the allowed host");
        assertThat(r.attributes()).containsKey("command_hash");
    }

    @Test
    void httpGet_hostNotOnList_refusedWithoutAnyRequest() {
        ToolExecutorArm arm = ToolExecutorArm.builder(ws).allowHttp(true).build();
        ArmResult r = call(arm, "t", Map.of("action", "http_get", "url", server.url("/x").toString()));
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("URL_NOT_ALLOWED");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void httpGet_lookalikeHost_isParsedNotSubstringMatched() {
        ToolExecutorArm arm = ToolExecutorArm.builder(ws).build();
        ArmResult r = call(arm, "t", Map.of("action", "http_get", "url", "https://api.github.com.evil.example/x"));
        assertThat(r.success()).isFalse();
        assertThat(r.error().message()).contains("api.github.com.evil.example");
        ArmResult userinfo = call(arm, "t", Map.of("action", "http_get", "url", "https://api.github.com@evil.example/"));
        assertThat(userinfo.success()).isFalse();
    }

    @Test
    void httpGet_plainHttpRefusedByDefault() {
        ToolExecutorArm arm = ToolExecutorArm.builder(ws).allowHost(server.getHostName()).build();
        ArmResult r = call(arm, "t", Map.of("action", "http_get", "url", server.url("/x").toString()));
        assertThat(r.success()).isFalse();
        assertThat(r.error().message()).contains("only https");
    }

    @Test
    void httpGet_redirectToOtherHost_reCheckedAndRefused() {
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://evil.example/steal"));
        ArmResult r = call(httpArm(1000), "t", Map.of("action", "http_get", "url", server.url("/x").toString()));
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("REDIRECT_NOT_ALLOWED");
        assertThat(r.error().message()).contains("evil.example");
    }

    @Test
    void httpGet_responseOverCap_refused() {
        server.enqueue(new MockResponse().setBody("x".repeat(5000)));
        ArmResult r = call(httpArm(1000), "t", Map.of("action", "http_get", "url", server.url("/big").toString()));
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("RESPONSE_TOO_LARGE");
    }

    @Test
    void workspacePerTask_eachTaskGetsItsOwnFolder() throws Exception {
        Files.writeString(ws.resolve("shared.txt"), "outside the task folder");
        ToolExecutorArm arm = ToolExecutorArm.builder(ws).workspacePerTask(true).build();
        ArmResult r = call(arm, "task-1", Map.of("command", "ls", "args", List.of()));
        assertThat(r.success()).isTrue();
        assertThat(r.output()).doesNotContain("shared.txt");
        assertThat(Files.isDirectory(ws.resolve("task-1"))).isTrue();
        ArmResult escape = call(arm, "task-1", Map.of("command", "cat", "args", List.of("../shared.txt")));
        assertThat(escape.success()).isFalse();
    }

    @Test
    void osLimits_wrapCommandsWhenPrlimitExists() {
        ToolExecutorArm arm = ToolExecutorArm.builder(ws).build();
        if (Files.isExecutable(Path.of("/usr/bin/prlimit"))) {
            assertThat(arm.osLimiter()).first().isEqualTo("/usr/bin/prlimit");
            assertThat(arm.osLimiter()).contains("--as=1073741824");
            ArmResult r = call(arm, "t", Map.of("command", "echo", "args", List.of("limited")));
            assertThat(r.output()).isEqualTo("limited");
        } else {
            assertThat(arm.osLimiter()).isEmpty();
        }
        assertThat(ToolExecutorArm.builder(ws).osLimits(false).build().osLimiter()).isEmpty();
    }
}
