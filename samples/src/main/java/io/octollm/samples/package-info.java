/**
 * Sample programs for host-application developers and operators, each runnable with
 * {@code java -cp samples/target/octollm.jar <class>} and kept working by a test: DI wiring
 * ({@code di}), observability ({@code observability}) and an LLM-backed run ({@code llm}).
 */
package io.octollm.samples;
