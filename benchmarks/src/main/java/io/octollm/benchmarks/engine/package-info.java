/**
 * JMH benchmarks of the engine itself: orchestration overhead per task with arms that answer at
 * once, and the cost of persisting tasks in H2. {@link io.octollm.benchmarks.engine.Summary}
 * prints the engine-vs-baseline table from JMH's JSON result file.
 */
package io.octollm.benchmarks.engine;
