/**
 * Token-bucket rate limiting with fractional tokens and continuous refill, tiers as in the
 * reference (Free, Basic, Pro, Enterprise, Unlimited) plus custom ones, checked per dimension
 * (user, tenant, global) against a {@link io.octollm.spi.ratelimit.BucketStore}; the in-memory
 * store here is bounded and expiring.
 */
package io.octollm.reflex.ratelimit;
