/**
 * JMH benchmarks of the JDBC stores: persisting a task with its steps and provenance in JDBC
 * batches versus a naive row-at-a-time baseline.
 */
package io.octollm.benchmarks.store;
