/**
 * LangChain4j agentic workflows (sequence; parallel fan-out with a joining agent) driven by a chat
 * model that answers at once, benchmarked against the OctoLLM engine on the same shapes of work.
 */
package io.octollm.benchmarks.baseline.langchain4j;
