package io.octollm.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void reserve_withinCapacity_needsNoWait_thenAsksForTheRefillTime() {
        TokenBucket bucket = new TokenBucket(60, clock); // one per second

        for (int i = 0; i < 60; i++) {
            assertThat(bucket.reserve(1)).isZero();
        }
        assertThat(bucket.reserve(1)).isEqualTo(1000);
        assertThat(bucket.reserve(1)).isEqualTo(2000);
    }

    @Test
    void reserve_refillsWithTimeButNeverAboveCapacity() {
        TokenBucket bucket = new TokenBucket(60, clock);
        bucket.reserve(60);

        clock.advance(Duration.ofSeconds(30));
        assertThat(bucket.reserve(30)).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(bucket.reserve(60)).isZero();
        assertThat(bucket.reserve(1)).isEqualTo(1000);
    }

    @Test
    void refundAndCharge_adjustTheBalance() {
        TokenBucket bucket = new TokenBucket(100, clock);
        bucket.reserve(100);
        bucket.refund(40);
        assertThat(bucket.reserve(40)).isZero();
        bucket.charge(100);
        assertThat(bucket.reserve(0)).isEqualTo(60_000);
    }
}
