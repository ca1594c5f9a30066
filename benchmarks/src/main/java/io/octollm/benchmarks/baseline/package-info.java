/**
 * Side-by-side baselines: what a user would run instead of OctoLLM, measured on the same work in
 * the same JMH run. Baseline libraries are dependencies of the benchmarks module only.
 */
package io.octollm.benchmarks.baseline;
