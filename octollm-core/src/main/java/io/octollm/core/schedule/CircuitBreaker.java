package io.octollm.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * A circuit breaker for one arm: CLOSED until {@code failureThreshold} consecutive failures,
 * then OPEN (calls refused) for {@code openDuration}, then HALF_OPEN (trial calls) until
 * {@code halfOpenSuccesses} successes close it again; a failure while half-open reopens it.
 * Thread-safe.
 */
public final class CircuitBreaker {
    /** Breaker state. */
    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    /**
     * Thresholds.
     *
     * @param failureThreshold consecutive failures that open the breaker
     * @param openDuration how long it stays open
     * @param halfOpenSuccesses successes in half-open that close it
     */
    public record Config(int failureThreshold, Duration openDuration, int halfOpenSuccesses) {
        /** 5 failures, 60 s open, 3 successes (the reference design). */
        public static final Config DEFAULT = new Config(5, Duration.ofSeconds(60), 3);

        /** Validates ranges. */
        public Config {
            Objects.requireNonNull(openDuration, "openDuration");
            if (failureThreshold < 1 || halfOpenSuccesses < 1 || openDuration.isNegative()) {
                throw new IllegalArgumentException("failureThreshold and halfOpenSuccesses must be >= 1, "
                        + "openDuration >= 0");
            }
        }
    }

    private final String name;
    private final Config config;
    private final Clock clock;
    private final BiConsumer<String, State> onTransition;
    private final ReentrantLock lock = new ReentrantLock();
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private int halfOpenSuccessCount;
    private long openedAtMillis;

    /**
     * @param name the arm id
     * @param config thresholds
     * @param clock time source
     * @param onTransition called with (name, new state) after each transition; must not throw
     */
    public CircuitBreaker(String name, Config config, Clock clock, BiConsumer<String, State> onTransition) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onTransition = onTransition == null ? (n, s) -> { } : onTransition;
    }

    /** @return the current state (OPEN turns HALF_OPEN here once the open time has passed) */
    public State state() {
        lock.lock();
        try {
            advance();
            return state;
        } finally {
            lock.unlock();
        }
    }

    /** @return whether a call may go ahead now */
    public boolean allowsCall() {
        return state() != State.OPEN;
    }

    /** Records a successful call. */
    public void onSuccess() {
        State changed = null;
        lock.lock();
        try {
            advance();
            consecutiveFailures = 0;
            if (state == State.HALF_OPEN && ++halfOpenSuccessCount >= config.halfOpenSuccesses()) {
                state = State.CLOSED;
                changed = state;
            }
        } finally {
            lock.unlock();
        }
        notify(changed);
    }

    /** Records a failed call. */
    public void onFailure() {
        State changed = null;
        lock.lock();
        try {
            advance();
            if (state == State.HALF_OPEN
                    || (state == State.CLOSED && ++consecutiveFailures >= config.failureThreshold())) {
                state = State.OPEN;
                openedAtMillis = clock.millis();
                halfOpenSuccessCount = 0;
                consecutiveFailures = 0;
                changed = state;
            }
        } finally {
            lock.unlock();
        }
        notify(changed);
    }

    private void advance() {
        if (state == State.OPEN && clock.millis() - openedAtMillis >= config.openDuration().toMillis()) {
            state = State.HALF_OPEN;
            halfOpenSuccessCount = 0;
        }
    }

    private void notify(State changed) {
        if (changed != null) {
            try {
                onTransition.accept(name, changed);
            } catch (RuntimeException ignored) {
                // listeners never break the breaker
            }
        }
    }
}
