package io.octollm.benchmarks.llm;

import com.sun.net.httpserver.HttpServer;
import io.octollm.core.llm.OpenAiCompatibleClient;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Small chat calls against a loopback HTTP server that answers every request with the same
 * canned completion, over kept-alive connections.
 *
 * <ul>
 *   <li>{@code chat} / {@code chat4Threads}: the full client (request body, retry loop, limits,
 *       JSON parsing, usage and cost);</li>
 *   <li>{@code bareOkHttp} / {@code bareOkHttp4Threads}: the same POST with a plain OkHttp call and
 *       the body read as a string — the baseline. The difference in average time is the latency the
 *       client adds per call.</li>
 * </ul>
 *
 * <p>The server is the JDK's {@code com.sun.net.httpserver} rather than OkHttp's MockWebServer:
 * MockWebServer keeps every recorded request in memory, which grows without bound over millions of
 * calls, and it is not on this module's class path.
 *
 * <p>The JDK server is run with {@code sun.net.httpserver.nodelay=true}: without it Nagle's
 * algorithm meets the client's delayed ACK and every exchange costs about 40 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LlmClientBenchmark} (average µs per call);
 * add {@code -bm thrpt -tu s} for requests per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class LlmClientBenchmark {
    private static final byte[] ANSWER = ("{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"bench-model\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"pong\"},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1,"
            + "\"total_tokens\":10}}").getBytes(StandardCharsets.UTF_8);
    private static final ChatRequest PING = ChatRequest.of(ChatMessage.system("You answer pong."),
            ChatMessage.user("ping"));

    private HttpServer server;
    private ExecutorService serverThreads;
    private OpenAiCompatibleClient client;
    private OkHttpClient bare;
    private Request bareRequest;

    /** Starts the loopback server and both clients. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.createContext("/v1/chat/completions", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ANSWER.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ANSWER);
            }
        });
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.start();
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        client = OpenAiCompatibleClient.builder()
                .baseUrl(baseUrl)
                .apiKey("bench-key")
                .model("bench-model")
                .price("bench-model", 0.001, 0.002)
                .build();
        bare = new OkHttpClient();
        bareRequest = new Request.Builder()
                .url(baseUrl + "/chat/completions")
                .header("Authorization", "Bearer bench-key")
                .post(RequestBody.create("{\"model\":\"bench-model\",\"messages\":[{\"role\":\"system\",\"content\":"
                        + "\"You answer pong.\"},{\"role\":\"user\",\"content\":\"ping\"}]}",
                        MediaType.get("application/json; charset=utf-8")))
                .build();
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        bare.dispatcher().executorService().shutdown();
        bare.connectionPool().evictAll();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /** @return one full client call */
    @Benchmark
    public ChatResponse chat() {
        return client.chat(PING);
    }

    /** @return one full client call, four callers at once */
    @Benchmark
    @Threads(4)
    public ChatResponse chat4Threads() {
        return client.chat(PING);
    }

    /** @return the baseline: the same exchange with bare OkHttp */
    @Benchmark
    public String bareOkHttp() throws IOException {
        try (Response response = bare.newCall(bareRequest).execute()) {
            return response.body().string();
        }
    }

    /** @return the baseline, four callers at once */
    @Benchmark
    @Threads(4)
    public String bareOkHttp4Threads() throws IOException {
        return bareOkHttp();
    }
}
