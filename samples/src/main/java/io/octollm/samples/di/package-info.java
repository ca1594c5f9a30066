/**
 * Assembling the engine with a {@code jakarta.inject} container (Guice 7), using only the
 * annotations core components already carry, next to the plain-builder equivalent. For host
 * developers whose application is wired by a DI container.
 */
package io.octollm.samples.di;
