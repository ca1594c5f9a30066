/**
 * An LLM-backed run: the engine pointed at any OpenAI-compatible endpoint given by environment
 * variables ({@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY}, {@code OCTOLLM_LLM_MODEL}), with the
 * coder arm engaged; without them, the same program falls back to the offline arms. For host
 * developers adding a model to an application.
 */
package io.octollm.samples.llm;
