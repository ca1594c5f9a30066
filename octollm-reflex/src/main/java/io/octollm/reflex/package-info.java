/**
 * The reflex layer: a cheap, deterministic filter chain that every request meets before any LLM
 * call (validation, rate limiting, response cache, PII detection with reversible redaction, and
 * prompt-injection detection). Start with {@link io.octollm.reflex.ReflexChain#defaults()}.
 */
package io.octollm.reflex;
