package io.octollm.core.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The default recorder: a {@link LatencyHistogram} per component and a counter per name and
 * tags, all in memory. {@link #snapshot()} gives P50/P95/P99 per component. Thread-safe.
 */
public final class InProcessMetrics implements MetricsRecorder {
    private final ConcurrentHashMap<String, LatencyHistogram> latencies = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<Tags, LongAdder>> tagged = new ConcurrentHashMap<>();

    /** Tag values as a map key, without building a string on the hot path. */
    private static final class Tags {
        final String[] values;
        final int hash;

        Tags(String[] values) {
            this.values = values;
            this.hash = java.util.Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tags t && java.util.Arrays.equals(values, t.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Override
    public void recordLatency(String component, long nanos) {
        latencies.computeIfAbsent(component, c -> new LatencyHistogram()).record(nanos);
    }

    @Override
    public void increment(String counter, long amount, String... tags) {
        if (tags.length == 0) {
            counters.computeIfAbsent(counter, k -> new LongAdder()).add(amount);
            return;
        }
        ConcurrentHashMap<Tags, LongAdder> byTags = tagged.computeIfAbsent(counter, k -> new ConcurrentHashMap<>());
        Tags t = new Tags(tags);
        LongAdder a = byTags.get(t);
        if (a == null) {
            a = byTags.computeIfAbsent(new Tags(tags.clone()), k -> new LongAdder());
            counters.putIfAbsent(key(counter, tags), a);
        }
        a.add(amount);
    }

    private static String key(String counter, String[] tags) {
        StringBuilder sb = new StringBuilder(counter).append('{');
        for (int i = 0; i + 1 < tags.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(tags[i]).append('=').append(tags[i + 1]);
        }
        return sb.append('}').toString();
    }

    /**
     * @param component component name
     * @return its histogram, or null when nothing was recorded
     */
    public LatencyHistogram histogram(String component) {
        return latencies.get(component);
    }

    /**
     * @param key counter name with tags as {@code name{k=v,...}}, or a bare name
     * @return its value (0 when never incremented)
     */
    public long counter(String key) {
        LongAdder a = counters.get(key);
        return a == null ? 0 : a.sum();
    }

    /** @return component → {count, p50_us, p95_us, p99_us, max_us}, and counters, sorted by name */
    public Snapshot snapshot() {
        Map<String, Map<String, Long>> lat = new TreeMap<>();
        latencies.forEach((name, h) -> {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("count", h.count());
            m.put("p50_us", h.percentileMicros(0.50));
            m.put("p95_us", h.percentileMicros(0.95));
            m.put("p99_us", h.percentileMicros(0.99));
            m.put("max_us", h.maxMicros());
            lat.put(name, m);
        });
        Map<String, Long> cnt = new TreeMap<>();
        counters.forEach((k, v) -> cnt.put(k, v.sum()));
        return new Snapshot(lat, cnt);
    }

    /**
     * A point-in-time copy.
     *
     * @param latencies per component: count, p50_us, p95_us, p99_us, max_us
     * @param counters counter values by key
     */
    public record Snapshot(Map<String, Map<String, Long>> latencies, Map<String, Long> counters) {
        /** Copies. */
        public Snapshot {
            latencies = Map.copyOf(latencies);
            counters = Map.copyOf(counters);
        }
    }
}
