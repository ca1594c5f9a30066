package io.octollm.reflex;

/** A cheap estimate of how much work a prompt asks for, used by the engine for routing. */
public enum Complexity {
    /** A short, single question. */
    SIMPLE,
    /** Several sentences or one technical ask. */
    MEDIUM,
    /** Long or multi-part work (design, implement, compare, several steps). */
    COMPLEX
}
