/**
 * In-memory implementations of the store SPIs: the embedded defaults when no database is
 * configured. Bounded, thread-safe, and lost when the process ends.
 */
package io.octollm.core.store;
