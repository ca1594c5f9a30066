/**
 * The response cache: an in-process L1 (Caffeine, size bound, per-entry TTL) over an optional
 * shared L2 {@link io.octollm.spi.store.CacheStore}. Keys are SHA-256 over tenant, model, a hash of
 * the system prompt and the whitespace-normalised, case-sensitive text.
 */
package io.octollm.reflex.cache;
