/**
 * Token-bucket state behind an SPI, so one process can keep buckets in memory and a fleet can
 * share them in a database.
 */
package io.octollm.spi.ratelimit;
