package io.octollm.core.arms.executor;

import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The executor's HTTP GET action: the URL's host (parsed, never matched as a substring) must be
 * on the allow-list, the scheme must be https unless plain http is allowed, every redirect is
 * followed by hand and checked again, and the body is read up to a size cap. Thread-safe.
 */
final class HttpFetcher {
    private final OkHttpClient client;
    private final Set<String> allowedHosts;
    private final boolean allowHttp;
    private final int maxBytes;

    HttpFetcher(Set<String> allowedHosts, boolean allowHttp, int maxBytes, Duration timeout) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.allowHttp = allowHttp;
        this.maxBytes = maxBytes;
        this.client = new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false)
                .callTimeout(timeout).build();
    }

    ArmResult get(String url) {
        Objects.requireNonNull(url, "url");
        String current = url;
        for (int hop = 0; hop <= 5; hop++) {
            HttpUrl parsed = HttpUrl.parse(current);
            String refusal = check(parsed, current);
            if (refusal != null) {
                return ArmResult.failure(ArmError.of(hop == 0 ? "URL_NOT_ALLOWED" : "REDIRECT_NOT_ALLOWED",
                        ErrorCategory.AUTHORIZATION, refusal));
            }
            Request request = new Request.Builder().url(parsed).get().header("User-Agent", "octollm-executor").build();
            try (Response response = client.newCall(request).execute()) {
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : parsed.resolve(location);
                    if (next == null) {
                        return ArmResult.failure(ArmError.of("BAD_REDIRECT", ErrorCategory.EXTERNAL,
                                "redirect without a usable Location from " + parsed.host()));
                    }
                    current = next.toString();
                    continue;
                }
                byte[] body = read(response.body() == null ? InputStream.nullInputStream() : response.body().byteStream());
                if (body == null) {
                    return ArmResult.failure(ArmError.of("RESPONSE_TOO_LARGE", ErrorCategory.POLICY,
                            "the response from " + parsed.host() + " is larger than " + maxBytes + " bytes"));
                }
                String text = new String(body, StandardCharsets.UTF_8);
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("url", parsed.toString());
                data.put("status", response.code());
                data.put("bytes", body.length);
                data.put("content_type", response.header("Content-Type", ""));
                if (!response.isSuccessful()) {
                    return new ArmResult(false, "", data, 0, null, new ArmError("HTTP_" + response.code(),
                            response.code() >= 500 || response.code() == 429 ? ErrorCategory.EXTERNAL
                                    : ErrorCategory.NOT_FOUND,
                            "GET " + parsed.host() + " answered " + response.code(),
                            response.code() >= 500 || response.code() == 429, null), Map.of());
                }
                return new ArmResult(true, text, data, 0.9, null, null, Map.of("command_hash",
                        io.octollm.core.internal.Hashes.sha256("GET\u0000" + parsed)));
            } catch (IOException e) {
                return ArmResult.failure(ArmError.of("HTTP_FAILED", ErrorCategory.EXTERNAL,
                        "GET " + parsed.host() + " failed: " + e.getMessage()));
            }
        }
        return ArmResult.failure(ArmError.of("TOO_MANY_REDIRECTS", ErrorCategory.EXTERNAL, "more than 5 redirects"));
    }

    private String check(HttpUrl url, String raw) {
        if (url == null) {
            return "'" + raw + "' is not an http(s) URL";
        }
        if (!url.isHttps() && !allowHttp) {
            return "only https URLs are allowed, not " + url.scheme() + "://" + url.host();
        }
        String host = url.host().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host)) {
            return "host '" + host + "' is not on the allow-list " + new java.util.TreeSet<>(allowedHosts);
        }
        return null;
    }

    private byte[] read(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > maxBytes) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
