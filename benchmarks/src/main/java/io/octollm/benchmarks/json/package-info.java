/**
 * JMH benchmarks of the JSON form of the task contracts ({@code TaskContract}, {@code TaskResult})
 * through {@code TaskJson}.
 */
package io.octollm.benchmarks.json;
