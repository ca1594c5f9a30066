/**
 * The JDBC {@link io.octollm.spi.store.MemoryStore}: documents with full-text search (PostgreSQL
 * tsvector + GIN; a word table on H2), the entity/relationship graph and task history.
 */
package io.octollm.jdbc.memory;
