/**
 * The JDBC {@link io.octollm.spi.store.CacheStore}: the L2 response cache shared by every process
 * on the same database, with expiry, purge, prefix and tag invalidation.
 */
package io.octollm.jdbc.cache;
