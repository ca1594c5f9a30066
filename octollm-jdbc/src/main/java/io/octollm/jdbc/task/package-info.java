/**
 * The JDBC {@link io.octollm.spi.store.TaskStore}: tasks, plans, step results and the provenance
 * (action) log, written in batches with idempotent upserts and loaded without N+1 queries.
 */
package io.octollm.jdbc.task;
