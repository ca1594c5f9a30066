package io.octollm.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryHeadersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"1s,1000", "6m0s,360000", "20ms,20", "1h2m3.5s,3723500", "0.5s,500", "250us,0", "1m,60000"})
    void resetDuration_goFormats_parse(String value, long millis) {
        assertThat(RetryHeaders.parseResetDuration(value).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "5", "1x", "s1", "1s garbage"})
    void resetDuration_unreadable_isNull(String value) {
        assertThat(RetryHeaders.parseResetDuration(value)).isNull();
    }

    @Test
    void retryAfter_secondsDateAndGarbage() {
        assertThat(RetryHeaders.parseRetryAfter("12", CLOCK)).isEqualTo(Duration.ofSeconds(12));
        assertThat(RetryHeaders.parseRetryAfter("0.25", CLOCK)).isEqualTo(Duration.ofMillis(250));
        assertThat(RetryHeaders.parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", CLOCK))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryHeaders.parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(RetryHeaders.parseRetryAfter("-3", CLOCK)).isNull();
        assertThat(RetryHeaders.parseRetryAfter("later", CLOCK)).isNull();
        assertThat(RetryHeaders.parseRetryAfter(null, CLOCK)).isNull();
    }

    @Test
    void retryAfter_headerWinsOverResetHeaders_andLongerResetIsUsedWhenUnsure() {
        Headers both = Headers.of("Retry-After", "2", "x-ratelimit-reset-requests", "9s");
        assertThat(RetryHeaders.retryAfter(both, CLOCK)).isEqualTo(Duration.ofSeconds(2));
        Headers resets = Headers.of("x-ratelimit-reset-requests", "9s", "x-ratelimit-reset-tokens", "3s");
        assertThat(RetryHeaders.retryAfter(resets, CLOCK)).isEqualTo(Duration.ofSeconds(9));
        Headers requestsOut = Headers.of("x-ratelimit-reset-requests", "1s", "x-ratelimit-reset-tokens", "3s",
                "x-ratelimit-remaining-requests", "0", "x-ratelimit-remaining-tokens", "500");
        assertThat(RetryHeaders.retryAfter(requestsOut, CLOCK)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryHeaders.retryAfter(Headers.of(), CLOCK)).isNull();
    }
}
