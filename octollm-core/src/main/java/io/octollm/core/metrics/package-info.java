/**
 * Observability: the {@link io.octollm.core.metrics.MetricsRecorder} the engine reports to, an
 * in-process recorder with latency histograms, an optional Micrometer bridge, and the
 * {@link io.octollm.core.metrics.PerformanceBudgets} that compare measured percentiles with the
 * project's latency targets.
 */
package io.octollm.core.metrics;
