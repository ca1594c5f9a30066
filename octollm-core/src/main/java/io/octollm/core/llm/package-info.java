/**
 * The OpenAI-compatible model client: {@link io.octollm.core.llm.OpenAiCompatibleClient} speaks
 * the chat-completions, streaming (server-sent events) and embeddings wire format of OpenAI, vLLM,
 * Ollama, llama.cpp server, LM Studio and Azure OpenAI over one shared OkHttp client, with
 * retries, local rate and concurrency limits, cost accounting and typed errors;
 * {@link io.octollm.core.llm.EmbeddingBatcher} merges concurrent embedding calls into one request,
 * and {@link io.octollm.core.llm.LlmErrors} turns a model failure into an arm error.
 */
package io.octollm.core.llm;
