/**
 * Watching the engine: runs a few tasks, then prints the in-process recorder's snapshot
 * (latency percentiles per component, counters), the performance-budget check and the same
 * measurements as Micrometer meters. For operators and for host developers wiring metrics into
 * their monitoring.
 */
package io.octollm.samples.observability;
