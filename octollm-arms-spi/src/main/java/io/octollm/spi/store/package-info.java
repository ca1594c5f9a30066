/**
 * Persistence contracts: {@link io.octollm.spi.store.TaskStore} (tasks, plans, step results,
 * provenance), {@link io.octollm.spi.store.MemoryStore} (documents, entities, relationships,
 * task history) and {@link io.octollm.spi.store.CacheStore} (the shared L2 response cache).
 * Implementations are thread-safe and report failures as {@link io.octollm.spi.StoreException}.
 */
package io.octollm.spi.store;
