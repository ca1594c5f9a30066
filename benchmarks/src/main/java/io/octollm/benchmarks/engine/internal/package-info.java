/**
 * Internal, may change: the engine set-up the engine benchmarks and the LangChain4j baseline share
 * (an arm that answers at once, a planner that returns a fixed plan, the plan shapes), so both
 * sides of a comparison run exactly the same engine configuration.
 */
package io.octollm.benchmarks.engine.internal;
