/**
 * The durable JDBC {@link io.octollm.spi.queue.TaskQueue}: claims under leases renewed by
 * heartbeat ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), recovery of a dead worker's tasks when
 * its lease expires, and completion exactly once.
 */
package io.octollm.jdbc.queue;
