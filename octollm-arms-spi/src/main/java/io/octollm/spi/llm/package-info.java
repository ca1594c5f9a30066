/**
 * Model contracts: {@link io.octollm.spi.llm.LlmClient} for chat (blocking, async and streaming)
 * and {@link io.octollm.spi.llm.EmbeddingModel} for vectors. The engine ships an
 * OpenAI-compatible implementation; hosts may bring their own.
 */
package io.octollm.spi.llm;
