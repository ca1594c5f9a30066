/**
 * What a host asks for and what it gets back: {@link io.octollm.spi.task.TaskContract} with its
 * {@link io.octollm.spi.task.Budget}, the {@link io.octollm.spi.task.Plan} the engine made, each
 * {@link io.octollm.spi.task.StepResult} and the final {@link io.octollm.spi.task.TaskResult}.
 * All are immutable records, safe to share between threads.
 */
package io.octollm.spi.task;
