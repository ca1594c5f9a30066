/**
 * The JDBC {@link io.octollm.spi.ratelimit.BucketStore}: token buckets in a table, updated
 * atomically per bucket so many processes share one limit.
 */
package io.octollm.jdbc.ratelimit;
