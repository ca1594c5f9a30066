package io.octollm.core.metrics;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wraps a host's recorder so that its exceptions are logged (once per minute at most) and never fail a task. */
public final class GuardedMetrics implements MetricsRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedMetrics.class);
    private final MetricsRecorder delegate;
    private volatile long lastLogged;

    /** @param delegate the host's recorder */
    public GuardedMetrics(MetricsRecorder delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the wrapped recorder */
    public MetricsRecorder delegate() {
        return delegate;
    }

    @Override
    public void recordLatency(String component, long nanos) {
        try {
            delegate.recordLatency(component, nanos);
        } catch (RuntimeException e) {
            complain(e);
        }
    }

    @Override
    public void increment(String counter, long amount, String... tags) {
        try {
            delegate.increment(counter, amount, tags);
        } catch (RuntimeException e) {
            complain(e);
        }
    }

    private void complain(RuntimeException e) {
        long now = System.nanoTime();
        if (now - lastLogged > 60_000_000_000L) {
            lastLogged = now;
            LOG.warn("metrics recorder {} threw; ignored: {}", delegate.getClass().getName(), e.toString());
        }
    }
}
