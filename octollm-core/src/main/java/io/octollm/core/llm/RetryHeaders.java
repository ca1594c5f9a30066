package io.octollm.core.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/** Reads the server's hints on when to retry. Stateless and thread-safe. */
final class RetryHeaders {
    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|h|m|s)");

    private RetryHeaders() {
    }

    /**
     * @param headers response headers
     * @param clock clock for HTTP-date values
     * @return the delay the server asks for, or null when it gives none
     */
    static Duration retryAfter(Headers headers, Clock clock) {
        Duration fromRetryAfter = parseRetryAfter(headers.get("Retry-After"), clock);
        if (fromRetryAfter != null) {
            return fromRetryAfter;
        }
        Duration requests = parseResetDuration(headers.get("x-ratelimit-reset-requests"));
        Duration tokens = parseResetDuration(headers.get("x-ratelimit-reset-tokens"));
        boolean requestsExhausted = "0".equals(trim(headers.get("x-ratelimit-remaining-requests")));
        boolean tokensExhausted = "0".equals(trim(headers.get("x-ratelimit-remaining-tokens")));
        if (requestsExhausted && !tokensExhausted && requests != null) {
            return requests;
        }
        if (tokensExhausted && !requestsExhausted && tokens != null) {
            return tokens;
        }
        if (requests == null) {
            return tokens;
        }
        if (tokens == null) {
            return requests;
        }
        return requests.compareTo(tokens) >= 0 ? requests : tokens;
    }

    /**
     * @param value {@code Retry-After}: delta seconds or an HTTP-date
     * @param clock now
     * @return the delay (never negative), or null when absent or unreadable
     */
    static Duration parseRetryAfter(String value, Clock clock) {
        String v = trim(value);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(v);
            if (seconds >= 0 && !Double.isInfinite(seconds)) {
                return Duration.ofMillis((long) Math.ceil(seconds * 1000));
            }
            return null;
        } catch (NumberFormatException notNumber) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /**
     * @param value a Go-style duration such as {@code 1s}, {@code 6m0s}, {@code 20ms}, {@code 1h2m3.5s}
     * @return the duration, or null when absent or unreadable
     */
    static Duration parseResetDuration(String value) {
        String v = trim(value);
        if (v == null || v.isEmpty()) {
            return null;
        }
        v = v.toLowerCase(Locale.ROOT);
        Matcher m = GO_DURATION_PART.matcher(v);
        double nanos = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return null;
            }
            end = m.end();
            double amount = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "h":
                    nanos += amount * 3_600e9;
                    break;
                case "m":
                    nanos += amount * 60e9;
                    break;
                case "s":
                    nanos += amount * 1e9;
                    break;
                case "ms":
                    nanos += amount * 1e6;
                    break;
                case "us":
                case "µs":
                    nanos += amount * 1e3;
                    break;
                default:
                    nanos += amount;
                    break;
            }
        }
        if (end != v.length() || end == 0) {
            return null;
        }
        return Duration.ofNanos((long) Math.ceil(nanos));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
