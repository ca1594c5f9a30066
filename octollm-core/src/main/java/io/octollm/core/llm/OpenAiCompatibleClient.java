package io.octollm.core.llm;

import io.octollm.spi.Usage;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.ChatStreamListener;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat and embedding client for any server that speaks the OpenAI HTTP API: OpenAI, Azure
 * OpenAI, vLLM, Ollama, llama.cpp server, LM Studio.
 *
 * <p>All calls share one {@link OkHttpClient} (connection pool, HTTP/2 when the server offers it,
 * transparent gzip). A call that fails with HTTP 429, 500, 502, 503, 504, a timeout or an I/O error
 * is retried up to {@code maxRetries} times with exponential backoff and jitter (0.5–1.5), or after
 * the delay the server asks for ({@code Retry-After} in seconds or as an HTTP date,
 * {@code x-ratelimit-reset-requests} / {@code x-ratelimit-reset-tokens}); HTTP 400, 401, 403, 404
 * and 422 are never retried. A concurrency limit and per-model request- and token-per-minute limits
 * are applied before each attempt. Cost comes from a per-model {@link ModelPrice} table.
 *
 * <p><b>Thread-safety:</b> instances are immutable after {@link Builder#build()} and safe to share
 * between any number of threads; that is the intended use (one client per server). Blocking calls
 * run on the caller's thread and respond to {@link Thread#interrupt()}: the HTTP call is cancelled
 * within a few tens of milliseconds and the call fails with {@code UNAVAILABLE} ("interrupted"),
 * the interrupt flag kept.
 *
 * <p><b>Errors:</b> every failure is an {@link LlmException} whose kind says what happened:
 * {@code RATE_LIMITED} (429 or the local limit would wait longer than {@code maxWait}),
 * {@code TIMEOUT}, {@code AUTH} (401/403), {@code BAD_REQUEST} (other 4xx, or no embedding model
 * configured), {@code BAD_RESPONSE} (malformed body, no choices, missing content, a truncated stream,
 * a non-JSON answer to a JSON request) and {@code UNAVAILABLE} (5xx, connection failures,
 * interruption). Use {@link LlmErrors#toArmError} to report one from an arm.
 *
 * <p><b>Logging:</b> through SLF4J; neither the API key nor prompt or answer text is ever logged.
 *
 * <p>Note that {@link #model()} serves both {@link LlmClient} and {@link EmbeddingModel} and
 * returns the chat model; {@link #embeddingModel()} returns the model used by {@link #embed}.
 */
public final class OpenAiCompatibleClient implements LlmClient, EmbeddingModel, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl chatUrl;
    private final HttpUrl embeddingsUrl;
    private final String model;
    private final String embeddingModel;
    private final Headers headers;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final int maxRetries;
    private final Duration backoffBase;
    private final double backoffMultiplier;
    private final Duration backoffCap;
    private final boolean jitter;
    private final Duration maxWait;
    private final Permits permits;
    private final long requestsPerMinute;
    private final long tokensPerMinute;
    private final Map<String, long[]> modelRateLimits;
    private final ConcurrentHashMap<String, ModelLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, ModelPrice> prices;
    private final Clock clock;
    private final Sleeper sleeper;

    private OpenAiCompatibleClient(Builder b) {
        HttpUrl base = b.baseUrl;
        this.chatUrl = endpoint(base, "chat/completions");
        this.embeddingsUrl = endpoint(base, "embeddings");
        this.model = b.model;
        this.embeddingModel = b.embeddingModel;
        Headers.Builder hb = new Headers.Builder();
        if (b.apiKey != null && !b.apiKey.isBlank()) {
            if (base.queryParameter("api-version") != null) {
                hb.set("api-key", b.apiKey); // Azure OpenAI
            } else {
                hb.set("Authorization", "Bearer " + b.apiKey);
            }
        }
        b.headers.forEach(hb::set);
        this.headers = hb.build();
        int concurrency = b.maxConcurrentRequests;
        if (b.httpClient != null) {
            this.http = b.httpClient.newBuilder()
                    .connectTimeout(b.connectTimeout)
                    .readTimeout(b.readTimeout)
                    .callTimeout(b.callTimeout)
                    .build();
            this.ownsHttp = false;
        } else {
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(Math.max(64, concurrency));
            dispatcher.setMaxRequestsPerHost(Math.max(64, concurrency));
            this.http = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(Math.max(5, Math.min(concurrency, 256)), 5, TimeUnit.MINUTES))
                    .connectTimeout(b.connectTimeout)
                    .readTimeout(b.readTimeout)
                    .callTimeout(b.callTimeout)
                    .build();
            this.ownsHttp = true;
        }
        this.maxRetries = b.maxRetries;
        this.backoffBase = b.backoffBase;
        this.backoffMultiplier = b.backoffMultiplier;
        this.backoffCap = b.backoffCap;
        this.jitter = b.jitter;
        this.maxWait = b.maxWait;
        this.permits = new Permits(concurrency);
        this.requestsPerMinute = b.requestsPerMinute;
        this.tokensPerMinute = b.tokensPerMinute;
        this.modelRateLimits = Map.copyOf(b.modelRateLimits);
        this.prices = Map.copyOf(b.prices);
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    /** @return a builder with the defaults listed on each setter */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a client from {@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY} (optional),
     * {@code OCTOLLM_LLM_MODEL} and {@code OCTOLLM_EMBEDDING_MODEL} (optional), with default settings
     * otherwise.
     *
     * @param env the environment, usually {@link System#getenv()}
     * @return the client, or empty when the base URL or the model is missing or blank
     * @throws IllegalArgumentException when the base URL is present but not an http(s) URL
     */
    public static Optional<OpenAiCompatibleClient> fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String baseUrl = env.get("OPENAI_BASE_URL");
        String model = env.get("OCTOLLM_LLM_MODEL");
        if (baseUrl == null || baseUrl.isBlank() || model == null || model.isBlank()) {
            return Optional.empty();
        }
        Builder b = builder().baseUrl(baseUrl.trim()).model(model.trim());
        String key = env.get("OPENAI_API_KEY");
        if (key != null && !key.isBlank()) {
            b.apiKey(key.trim());
        }
        String embedding = env.get("OCTOLLM_EMBEDDING_MODEL");
        if (embedding != null && !embedding.isBlank()) {
            b.embeddingModel(embedding.trim());
        }
        return Optional.of(b.build());
    }

    /** @return the default chat model */
    @Override
    public String model() {
        return model;
    }

    /** @return the embedding model, or empty when none was configured */
    public Optional<String> embeddingModel() {
        return Optional.ofNullable(embeddingModel);
    }

    /** @return the resolved chat-completions URL (useful to check an Azure or proxy base URL) */
    public String chatCompletionsUrl() {
        return chatUrl.toString();
    }

    /**
     * {@inheritDoc}
     *
     * @throws LlmException after the retries are exhausted, or at once for a non-retryable failure
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        String m = request.model() != null ? request.model() : model;
        long promptEstimate = estimatePrompt(request);
        long reserved = promptEstimate + (request.maxTokens() == null ? 0 : request.maxTokens());
        Request httpRequest = post(chatUrl, Wire.chatBody(request, m, false));
        Wire.Completion c = execute("chat", m, reserved, httpRequest, (response, body) -> parseChat(request, response, body));
        return toResponse(request, m, c, promptEstimate, reserved);
    }

    /**
     * Non-blocking chat: the HTTP exchange runs on OkHttp's dispatcher, waits for a permit or a
     * retry delay are scheduled rather than slept. Cancelling the future cancels the HTTP call.
     *
     * @param request the request
     * @return a future completed with the answer or with an {@link LlmException}
     */
    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        String m = request.model() != null ? request.model() : model;
        long promptEstimate = estimatePrompt(request);
        long reserved = promptEstimate + (request.maxTokens() == null ? 0 : request.maxTokens());
        Request httpRequest = post(chatUrl, Wire.chatBody(request, m, false));
        CompletableFuture<Wire.Completion> result = new CompletableFuture<>();
        attemptAsync(new AsyncCall<>("chat", m, reserved, httpRequest, (response, body) -> parseChat(request, response, body),
                result), 1);
        CompletableFuture<ChatResponse> answer = result.thenApply(c -> toResponse(request, m, c, promptEstimate,
                reserved));
        answer.whenComplete((v, t) -> {
            if (answer.isCancelled()) {
                result.cancel(false); // cancels the HTTP call in flight
            }
        });
        return answer;
    }

    /**
     * Streams over server-sent events ({@code stream: true} with {@code include_usage}), on the
     * calling thread. Failures before the first byte of the answer are retried like {@link #chat};
     * once the stream has started, a failure ends it with {@link ChatStreamListener#onError}. A
     * stream that ends without {@code [DONE]} or a finish reason is a {@code BAD_RESPONSE}. When the
     * server sends no usage chunk the usage is estimated (about four characters per token) and
     * {@link ChatResponse#usageEstimated()} is true. Listener exceptions are logged and ignored.
     *
     * @param request the request
     * @param listener receives the deltas, then exactly one of completion or error
     */
    @Override
    public void stream(ChatRequest request, ChatStreamListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        String m = request.model() != null ? request.model() : model;
        long promptEstimate = estimatePrompt(request);
        long reserved = promptEstimate + (request.maxTokens() == null ? 0 : request.maxTokens());
        Request httpRequest = post(chatUrl, Wire.chatBody(request, m, true)).newBuilder()
                .header("Accept", "text/event-stream")
                .build();
        for (int attempt = 1;; attempt++) {
            LlmException failure;
            try {
                beforeAttempt(m, reserved);
            } catch (LlmException e) {
                guardedError(listener, e);
                return;
            }
            StreamEnd end = null;
            Call httpCall = http.newCall(httpRequest);
            InterruptWatch.watch(httpCall);
            try (Response response = httpCall.execute()) {
                if (!response.isSuccessful()) {
                    throw httpError("stream", response.code(), response.headers(), readBody(response));
                }
                end = readStream(request, m, response, listener, promptEstimate, reserved);
                failure = end.error;
            } catch (IOException e) {
                failure = fromIo(e);
            } catch (LlmException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = Wire.badResponse("cannot read the stream: " + e, e);
            } finally {
                InterruptWatch.unwatch(httpCall);
                permits.release();
            }
            if (end != null) {
                if (end.response != null) {
                    guardedComplete(listener, end.response);
                } else {
                    guardedError(listener, end.error);
                }
                return;
            }
            Duration delay = retryDelay(failure, attempt);
            if (delay == null) {
                guardedError(listener, failure);
                return;
            }
            try {
                waitBeforeRetry("stream", m, failure, attempt, delay);
            } catch (LlmException e) {
                guardedError(listener, e);
                return;
            }
        }
    }

    /**
     * Embeds texts with one {@code /embeddings} request (an input array), retried like
     * {@link #chat}. Vectors are returned in input order (using each item's {@code index}).
     *
     * @param texts texts, at least one
     * @return one vector per text
     * @throws IllegalArgumentException when {@code texts} is empty
     * @throws LlmException on failure, or {@code BAD_REQUEST} when no embedding model is configured
     */
    @Override
    public List<float[]> embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("texts must not be empty");
        }
        List<String> input = List.copyOf(texts);
        if (embeddingModel == null) {
            throw new LlmException(Wire.COMPONENT, LlmException.Kind.BAD_REQUEST,
                    "no embedding model configured: set embeddingModel(...) on the client builder", false, null, null);
        }
        long tokens = 0;
        for (String t : input) {
            tokens += estimateTokens(t.length());
        }
        Request httpRequest = post(embeddingsUrl, Wire.embeddingsBody(embeddingModel, input));
        return execute("embeddings", embeddingModel, tokens, httpRequest, (response, body) -> {
            if (!response.isSuccessful()) {
                throw httpError("embeddings", response.code(), response.headers(), body);
            }
            return Wire.parseEmbeddings(body, input.size());
        });
    }

    /**
     * Releases the HTTP resources this client created (not those of a client handed to
     * {@link Builder#httpClient}). The client must not be used afterwards.
     */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    // ---------------------------------------------------------------- request execution

    @FunctionalInterface
    private interface BodyHandler<T> {
        T handle(Response response, String body);
    }

    private <T> T execute(String op, String m, long tokens, Request request, BodyHandler<T> handler) {
        for (int attempt = 1;; attempt++) {
            beforeAttempt(m, tokens);
            LlmException failure;
            long start = System.nanoTime();
            Call httpCall = http.newCall(request);
            InterruptWatch.watch(httpCall);
            try (Response response = httpCall.execute()) {
                String body = readBody(response);
                logExchange(op, m, response.code(), start, attempt);
                return handler.handle(response, body);
            } catch (IOException e) {
                failure = fromIo(e);
            } catch (LlmException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = Wire.badResponse("cannot read the answer: " + e, e);
            } finally {
                InterruptWatch.unwatch(httpCall);
                permits.release();
            }
            Duration delay = retryDelay(failure, attempt);
            if (delay == null) {
                throw failure;
            }
            waitBeforeRetry(op, m, failure, attempt, delay);
        }
    }

    /** Waits for the local rate limit, then takes a concurrency permit. */
    private void beforeAttempt(String m, long tokens) {
        ModelLimiter limiter = limiter(m);
        if (limiter != null) {
            long waitMillis = limiter.reserve(tokens);
            if (waitMillis > 0) {
                Duration wait = Duration.ofMillis(waitMillis);
                if (wait.compareTo(maxWait) > 0) {
                    limiter.cancel(tokens);
                    throw new LlmException(Wire.COMPONENT, LlmException.Kind.RATE_LIMITED,
                            "local rate limit for model " + m + " would wait " + waitMillis + " ms (max "
                                    + maxWait.toMillis() + " ms)", true, wait, null);
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    limiter.cancel(tokens);
                    throw interrupted(e);
                }
            }
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private void waitBeforeRetry(String op, String m, LlmException failure, int attempt, Duration delay) {
        LOG.warn("{} on model {} failed ({}); retry {} of {} in {} ms", op, m, failure.kind(), attempt, maxRetries,
                delay.toMillis());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private final class AsyncCall<T> {
        final String op;
        final String m;
        final long tokens;
        final Request request;
        final BodyHandler<T> handler;
        final CompletableFuture<T> result;

        AsyncCall(String op, String m, long tokens, Request request, BodyHandler<T> handler,
                CompletableFuture<T> result) {
            this.op = op;
            this.m = m;
            this.tokens = tokens;
            this.request = request;
            this.handler = handler;
            this.result = result;
        }
    }

    private <T> void attemptAsync(AsyncCall<T> call, int attempt) {
        if (call.result.isDone()) {
            return;
        }
        long waitMillis = 0;
        ModelLimiter limiter = limiter(call.m);
        if (limiter != null) {
            waitMillis = limiter.reserve(call.tokens);
            if (waitMillis > maxWait.toMillis()) {
                limiter.cancel(call.tokens);
                call.result.completeExceptionally(new LlmException(Wire.COMPONENT, LlmException.Kind.RATE_LIMITED,
                        "local rate limit for model " + call.m + " would wait " + waitMillis + " ms", true,
                        Duration.ofMillis(waitMillis), null));
                return;
            }
        }
        Runnable acquireAndSend = () -> permits.acquireAsync().thenRun(() -> sendAsync(call, attempt));
        if (waitMillis > 0) {
            CompletableFuture.delayedExecutor(waitMillis, TimeUnit.MILLISECONDS).execute(acquireAndSend);
        } else {
            acquireAndSend.run();
        }
    }

    private <T> void sendAsync(AsyncCall<T> call, int attempt) {
        if (call.result.isDone()) {
            permits.release();
            return;
        }
        long start = System.nanoTime();
        Call httpCall = http.newCall(call.request);
        call.result.whenComplete((v, t) -> {
            if (call.result.isCancelled()) {
                httpCall.cancel();
            }
        });
        try {
            enqueue(call, attempt, httpCall, start);
        } catch (RuntimeException e) {
            permits.release();
            call.result.completeExceptionally(new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE,
                    "cannot send the request: " + e, false, null, e));
        }
    }

    private <T> void enqueue(AsyncCall<T> call, int attempt, Call httpCall, long start) {
        httpCall.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                permits.release();
                retryOrFail(call, attempt, fromIo(e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                T value = null;
                LlmException failure = null;
                try (Response r = response) {
                    String body = readBody(r);
                    logExchange(call.op, call.m, r.code(), start, attempt);
                    value = call.handler.handle(r, body);
                } catch (IOException e) {
                    failure = fromIo(e);
                } catch (LlmException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = Wire.badResponse("cannot read the answer: " + e, e);
                } finally {
                    permits.release();
                }
                if (failure == null) {
                    call.result.complete(value);
                } else {
                    retryOrFail(call, attempt, failure);
                }
            }
        });
    }

    private <T> void retryOrFail(AsyncCall<T> call, int attempt, LlmException failure) {
        Duration delay = retryDelay(failure, attempt);
        if (delay == null || call.result.isDone()) {
            call.result.completeExceptionally(failure);
            return;
        }
        LOG.warn("{} on model {} failed ({}); retry {} of {} in {} ms", call.op, call.m, failure.kind(), attempt,
                maxRetries, delay.toMillis());
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() -> attemptAsync(call, attempt + 1));
    }

    /** @return how long to wait before the next attempt, or null when the failure is final */
    Duration retryDelay(LlmException failure, int attempt) {
        if (!failure.retryable() || attempt > maxRetries || Thread.currentThread().isInterrupted()) {
            return null;
        }
        Duration delay = failure.retryAfter() != null ? failure.retryAfter() : backoff(attempt);
        return delay.compareTo(maxWait) > 0 ? null : delay;
    }

    /** @return the backoff before retry {@code attempt} (1-based): base * multiplier^(attempt-1), capped, jittered */
    Duration backoff(int attempt) {
        double nanos = backoffBase.toNanos() * Math.pow(backoffMultiplier, attempt - 1);
        nanos = Math.min(nanos, backoffCap.toNanos());
        if (jitter) {
            nanos *= 0.5 + ThreadLocalRandom.current().nextDouble();
        }
        return Duration.ofNanos((long) nanos);
    }

    private ModelLimiter limiter(String m) {
        long[] limits = modelRateLimits.get(m);
        long rpm = limits != null ? limits[0] : requestsPerMinute;
        long tpm = limits != null ? limits[1] : tokensPerMinute;
        if (rpm <= 0 && tpm <= 0) {
            return null;
        }
        return limiters.computeIfAbsent(m, k -> new ModelLimiter(rpm, tpm, clock));
    }

    private static String readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private static void logExchange(String op, String m, int code, long startNanos, int attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} on model {}: HTTP {} in {} ms (attempt {})", op, m, code,
                    (System.nanoTime() - startNanos) / 1_000_000, attempt);
        }
    }

    private Request post(HttpUrl url, byte[] body) {
        return new Request.Builder().url(url).headers(headers).post(RequestBody.create(body, JSON)).build();
    }

    // ---------------------------------------------------------------- answers and errors

    private Wire.Completion parseChat(ChatRequest request, Response response, String body) {
        if (!response.isSuccessful()) {
            throw httpError("chat", response.code(), response.headers(), body);
        }
        Wire.Completion c = Wire.parseCompletion(body);
        if (request.jsonResponse() && !Wire.isJsonObject(c.content())) {
            throw Wire.badResponse("a JSON object was requested but the answer is not one", null);
        }
        return c;
    }

    private ChatResponse toResponse(ChatRequest request, String m, Wire.Completion c, long promptEstimate,
            long reserved) {
        String answeredBy = c.model() != null && !c.model().isBlank() ? c.model() : m;
        boolean estimated = !c.hasUsage();
        long prompt = estimated ? promptEstimate : c.promptTokens();
        long completion = estimated ? estimateTokens(c.content().length()) : c.completionTokens();
        ModelLimiter limiter = limiter(m);
        if (limiter != null) {
            limiter.settle(reserved, prompt + completion);
        }
        return new ChatResponse(c.content(), answeredBy, new Usage(prompt, completion, cost(answeredBy, m, prompt,
                completion)), c.finishReason(), estimated);
    }

    private double cost(String answeredBy, String requested, long prompt, long completion) {
        ModelPrice price = prices.get(answeredBy);
        if (price == null) {
            price = prices.get(requested);
        }
        return price == null ? 0.0 : price.cost(prompt, completion);
    }

    LlmException httpError(String op, int code, Headers responseHeaders, String body) {
        String message = op + " got HTTP " + code + ": " + Wire.errorSummary(body);
        Duration retryAfter = RetryHeaders.retryAfter(responseHeaders, clock);
        switch (code) {
            case 429:
                boolean quota = "insufficient_quota".equals(Wire.errorCode(body));
                return new LlmException(Wire.COMPONENT, LlmException.Kind.RATE_LIMITED,
                        quota ? message + " (quota exhausted: not retried)" : message, !quota, retryAfter, null);
            case 401:
            case 403:
                return new LlmException(Wire.COMPONENT, LlmException.Kind.AUTH,
                        message + " (check the API key)", false, null, null);
            case 408:
                return new LlmException(Wire.COMPONENT, LlmException.Kind.TIMEOUT, message, true, retryAfter, null);
            case 500:
            case 502:
            case 503:
            case 504:
                return new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE, message, true, retryAfter,
                        null);
            default:
                if (code >= 500) {
                    return new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE, message, false, null,
                            null);
                }
                return new LlmException(Wire.COMPONENT, LlmException.Kind.BAD_REQUEST, message, false, null, null);
        }
    }

    private static LlmException fromIo(IOException e) {
        if (Thread.currentThread().isInterrupted()) {
            return interrupted(e);
        }
        if (e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            return new LlmException(Wire.COMPONENT, LlmException.Kind.TIMEOUT, "timed out: " + e.getMessage(), true,
                    null, e);
        }
        return new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE,
                "connection failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), true, null, e);
    }

    private static LlmException interrupted(Throwable cause) {
        return new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE, "interrupted", false, null, cause);
    }

    // ---------------------------------------------------------------- streaming

    private static final class StreamEnd {
        final ChatResponse response;
        final LlmException error;

        StreamEnd(ChatResponse response, LlmException error) {
            this.response = response;
            this.error = error;
        }
    }

    private StreamEnd readStream(ChatRequest request, String m, Response response, ChatStreamListener listener,
            long promptEstimate, long reserved) {
        ResponseBody body = response.body();
        if (body == null) {
            return new StreamEnd(null, Wire.badResponse("the stream has no body", null));
        }
        MediaType type = body.contentType();
        if (type != null && "json".equals(type.subtype())) {
            // the server ignored stream=true and answered in one piece
            try {
                Wire.Completion c = parseChat(request, response, body.string());
                guardedDelta(listener, c.content());
                return new StreamEnd(toResponse(request, m, c, promptEstimate, reserved), null);
            } catch (IOException e) {
                return new StreamEnd(null, streamFailure(e));
            } catch (LlmException e) {
                return new StreamEnd(null, e);
            }
        }
        StringBuilder content = new StringBuilder();
        String answeredBy = null;
        String finishReason = null;
        long promptTokens = -1;
        long completionTokens = -1;
        boolean done = false;
        StringBuilder data = null;
        try {
            BufferedSource source = body.source();
            while (!done) {
                String line = source.readUtf8Line();
                boolean eof = line == null;
                if (eof || line.isEmpty()) {
                    if (data != null) {
                        String payload = data.toString();
                        data = null;
                        if ("[DONE]".equals(payload.trim())) {
                            done = true;
                        } else {
                            Wire.Chunk chunk = Wire.parseChunk(payload);
                            if (chunk.delta() != null && !chunk.delta().isEmpty()) {
                                content.append(chunk.delta());
                                guardedDelta(listener, chunk.delta());
                            }
                            if (chunk.finishReason() != null) {
                                finishReason = chunk.finishReason();
                            }
                            if (chunk.model() != null && !chunk.model().isBlank()) {
                                answeredBy = chunk.model();
                            }
                            if (chunk.hasUsage()) {
                                promptTokens = chunk.promptTokens();
                                completionTokens = chunk.completionTokens();
                            }
                        }
                    }
                    if (eof) {
                        break;
                    }
                } else if (line.startsWith("data:")) {
                    String payload = line.substring(line.startsWith("data: ") ? 6 : 5);
                    data = data == null ? new StringBuilder(payload) : data.append('\n').append(payload);
                }
                // comments (":"), "event:", "id:" and "retry:" lines carry nothing we use
            }
        } catch (IOException e) {
            return new StreamEnd(null, streamFailure(e));
        } catch (LlmException e) {
            return new StreamEnd(null, e);
        }
        if (!done && finishReason == null) {
            return new StreamEnd(null, Wire.badResponse(
                    "the stream ended before [DONE] or a finish reason: the answer is truncated", null));
        }
        String text = content.toString();
        if (request.jsonResponse() && !Wire.isJsonObject(text)) {
            return new StreamEnd(null, Wire.badResponse("a JSON object was requested but the answer is not one", null));
        }
        Wire.Completion c = new Wire.Completion(text, answeredBy, finishReason, promptTokens, completionTokens);
        return new StreamEnd(toResponse(request, m, c, promptEstimate, reserved), null);
    }

    private static LlmException streamFailure(IOException e) {
        LlmException mapped = fromIo(e);
        if (mapped.kind() == LlmException.Kind.UNAVAILABLE && mapped.retryable()) {
            return Wire.badResponse("the stream broke off: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return mapped;
    }

    private static void guardedDelta(ChatStreamListener listener, String delta) {
        try {
            listener.onDelta(delta);
        } catch (RuntimeException e) {
            LOG.warn("stream listener {} threw from onDelta; ignored", listener.getClass().getName(), e);
        }
    }

    private static void guardedComplete(ChatStreamListener listener, ChatResponse response) {
        try {
            listener.onComplete(response);
        } catch (RuntimeException e) {
            LOG.warn("stream listener {} threw from onComplete; ignored", listener.getClass().getName(), e);
        }
    }

    private static void guardedError(ChatStreamListener listener, LlmException error) {
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("stream listener {} threw from onError; ignored", listener.getClass().getName(), e);
        }
    }

    // ---------------------------------------------------------------- helpers

    static long estimateTokens(int chars) {
        return (chars + 3L) / 4;
    }

    private static long estimatePrompt(ChatRequest request) {
        long chars = 0;
        for (ChatMessage message : request.messages()) {
            chars += message.content().length();
        }
        return (chars + 3) / 4;
    }

    /** @return {@code base} + {@code path}, with trailing and doubled slashes dropped and the query kept */
    static HttpUrl endpoint(HttpUrl base, String path) {
        HttpUrl.Builder b = base.newBuilder().encodedPath("/");
        for (String segment : base.encodedPathSegments()) {
            if (!segment.isEmpty()) {
                b.addEncodedPathSegment(segment);
            }
        }
        return b.addPathSegments(path).build();
    }

    /**
     * Configures an {@link OpenAiCompatibleClient}. Not thread-safe; {@link #build()} returns an
     * immutable, thread-safe client.
     */
    public static final class Builder {
        private HttpUrl baseUrl;
        private String apiKey;
        private String model;
        private String embeddingModel;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofSeconds(120);
        private int maxRetries = 3;
        private Duration backoffBase = Duration.ofMillis(500);
        private double backoffMultiplier = 2.0;
        private Duration backoffCap = Duration.ofSeconds(20);
        private boolean jitter = true;
        private Duration maxWait = Duration.ofSeconds(60);
        private int maxConcurrentRequests = 64;
        private long requestsPerMinute;
        private long tokensPerMinute;
        private final Map<String, long[]> modelRateLimits = new HashMap<>();
        private final Map<String, ModelPrice> prices = new HashMap<>();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private OkHttpClient httpClient;

        private Builder() {
        }

        /**
         * The API root, for example {@code https://api.openai.com/v1}, {@code http://localhost:11434/v1}
         * or an Azure deployment {@code https://NAME.openai.azure.com/openai/deployments/DEPLOYMENT?api-version=2024-06-01}.
         * Trailing slashes are ignored; the query is kept on every request. Required.
         *
         * @param baseUrl an http or https URL
         * @return this
         * @throws IllegalArgumentException if it is not an http(s) URL
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
            if (parsed == null) {
                throw new IllegalArgumentException("baseUrl must be an http or https URL, was '" + baseUrl + "'");
            }
            this.baseUrl = parsed;
            return this;
        }

        /**
         * The API key, sent as {@code Authorization: Bearer KEY}, or as {@code api-key: KEY} when the base
         * URL carries an {@code api-version} query (Azure). Optional (local servers need none).
         *
         * @param apiKey the key, or null for none
         * @return this
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @param model the default chat model, required
         * @return this
         */
        public Builder model(String model) {
            this.model = requireText(model, "model");
            return this;
        }

        /**
         * @param embeddingModel the model {@code embed} uses; without it {@code embed} fails
         * @return this
         */
        public Builder embeddingModel(String embeddingModel) {
            this.embeddingModel = requireText(embeddingModel, "embeddingModel");
            return this;
        }

        /**
         * Adds a header sent on every request (it replaces one of the same name, including the
         * authorisation header).
         *
         * @param name header name
         * @param value header value
         * @return this
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            new Headers.Builder().set(name, value); // validates the characters now
            headers.put(name, value);
            return this;
        }

        /**
         * @param headers headers sent on every request
         * @return this
         */
        public Builder headers(Map<String, String> headers) {
            Objects.requireNonNull(headers, "headers").forEach(this::header);
            return this;
        }

        /**
         * @param timeout TCP/TLS connect timeout, default 10 s
         * @return this
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout longest silence while reading an answer, default 60 s
         * @return this
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * @param timeout longest one HTTP attempt may take end to end (for a stream: the whole stream),
         *     default 120 s
         * @return this
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /**
         * @param maxRetries retries after the first attempt, 0..10, default 3
         * @return this
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0 || maxRetries > 10) {
                throw new IllegalArgumentException("maxRetries must be in 0..10, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Exponential backoff between retries when the server gives no delay: {@code base *
         * multiplier^(retry-1)}, capped, then multiplied by a random factor in [0.5, 1.5) unless
         * jitter is off. Default 500 ms, 2.0, 20 s.
         *
         * @param base first delay, positive
         * @param multiplier growth factor, {@code >= 1}
         * @param cap largest delay, {@code >= base}
         * @return this
         */
        public Builder backoff(Duration base, double multiplier, Duration cap) {
            positive(base, "base");
            positive(cap, "cap");
            if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
            }
            if (cap.compareTo(base) < 0) {
                throw new IllegalArgumentException("cap " + cap + " must not be below base " + base);
            }
            this.backoffBase = base;
            this.backoffMultiplier = multiplier;
            this.backoffCap = cap;
            return this;
        }

        /**
         * @param jitter whether backoff delays are randomised (0.5–1.5), default true
         * @return this
         */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * The longest the client waits by itself, for a retry delay the server asks for or for a local
         * rate limit; beyond it the call fails at once with the delay as {@code retryAfter}. Default 60 s.
         *
         * @param maxWait positive
         * @return this
         */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = positive(maxWait, "maxWait");
            return this;
        }

        /**
         * @param max HTTP requests in flight at once across all models, default 64
         * @return this
         */
        public Builder maxConcurrentRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConcurrentRequests must be >= 1, was " + max);
            }
            this.maxConcurrentRequests = max;
            return this;
        }

        /**
         * @param rpm requests per minute for each model without its own limit, 0 = unlimited (default)
         * @return this
         */
        public Builder requestsPerMinute(long rpm) {
            this.requestsPerMinute = nonNegative(rpm, "requestsPerMinute");
            return this;
        }

        /**
         * @param tpm tokens per minute (prompt estimate plus {@code maxTokens}, corrected by the reported
         *     usage) for each model without its own limit, 0 = unlimited (default)
         * @return this
         */
        public Builder tokensPerMinute(long tpm) {
            this.tokensPerMinute = nonNegative(tpm, "tokensPerMinute");
            return this;
        }

        /**
         * @param model the model these limits apply to
         * @param rpm requests per minute, 0 = unlimited
         * @param tpm tokens per minute, 0 = unlimited
         * @return this
         */
        public Builder rateLimit(String model, long rpm, long tpm) {
            modelRateLimits.put(requireText(model, "model"),
                    new long[] {nonNegative(rpm, "rpm"), nonNegative(tpm, "tpm")});
            return this;
        }

        /**
         * Sets one model's price; cost is looked up by the model the server names, then by the
         * requested model, and is 0 for a model without a price.
         *
         * @param model model id
         * @param promptPer1k USD per 1,000 prompt tokens
         * @param completionPer1k USD per 1,000 completion tokens
         * @return this
         */
        public Builder price(String model, double promptPer1k, double completionPer1k) {
            prices.put(requireText(model, "model"), new ModelPrice(promptPer1k, completionPer1k));
            return this;
        }

        /**
         * @param prices model id to price, added to those already set
         * @return this
         */
        public Builder prices(Map<String, ModelPrice> prices) {
            Objects.requireNonNull(prices, "prices").forEach((k, v) -> this.prices.put(requireText(k, "model"),
                    Objects.requireNonNull(v, "price")));
            return this;
        }

        /**
         * @param clock time for rate limits and HTTP-date retry hints, default UTC system clock
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param sleeper how blocking calls wait between retries, default {@link Sleeper#SYSTEM}
         * @return this
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Shares an existing OkHttp client (its connection pool and dispatcher); the timeouts set here
         * still apply; {@code chatAsync} runs on its dispatcher, whose {@code maxRequestsPerHost}
         * (OkHttp's default is 5) then also bounds concurrent async calls.
         * {@link OpenAiCompatibleClient#close()} leaves it open.
         *
         * @param client the client
         * @return this
         */
        public Builder httpClient(OkHttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException when the base URL or the model is missing
         */
        public OpenAiCompatibleClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (model == null) {
                throw new IllegalStateException("model is required");
            }
            return new OpenAiCompatibleClient(this);
        }

        private static String requireText(String s, String name) {
            Objects.requireNonNull(s, name);
            if (s.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return s;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }

        private static long nonNegative(long v, String name) {
            if (v < 0) {
                throw new IllegalArgumentException(name + " must be >= 0, was " + v);
            }
            return v;
        }
    }
}
