/**
 * JDBC persistence for OctoLLM on H2 (embedded default) and PostgreSQL (shared by a fleet):
 * {@link io.octollm.jdbc.JdbcStores} builds the task store, memory store, L2 cache, rate-limit
 * buckets and durable task queue on one pooled data source, and applies the versioned schema.
 */
package io.octollm.jdbc;
