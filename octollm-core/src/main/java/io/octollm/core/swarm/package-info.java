/**
 * Swarm (quorum) execution: several arm variants answer the same step in parallel and their
 * proposals are aggregated by majority vote, confidence-weighted vote or Borda count, with a
 * consensus score that the judge sees.
 */
package io.octollm.core.swarm;
