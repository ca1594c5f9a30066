/**
 * Resilience and routing policies the scheduler applies to every arm call: retry with
 * exponential backoff and jitter, a circuit breaker per arm, bulkheads, and weighted routing by
 * capability, availability, historical success and cost.
 */
package io.octollm.core.schedule;
