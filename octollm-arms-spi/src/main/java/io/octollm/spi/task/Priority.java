package io.octollm.spi.task;

/** How urgent a task is; HIGH and CRITICAL may run quorum (swarm) execution. JSON: lower-case. */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
