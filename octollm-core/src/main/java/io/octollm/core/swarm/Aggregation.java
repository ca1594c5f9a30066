package io.octollm.core.swarm;

/** How proposals are combined. */
public enum Aggregation {
    /** The most frequent answer (normalised: trimmed, lower-case); ties go to higher confidence. For discrete outputs. */
    MAJORITY,
    /** Proposals similar above 0.8 form groups; the group with the most summed confidence wins, and its most confident proposal is the answer. */
    CONFIDENCE_WEIGHTED,
    /** Each proposal ranks all proposals by similarity to itself; Borda points decide. For CRITICAL tasks. */
    BORDA
}
