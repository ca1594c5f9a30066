/**
 * Planning: a {@link io.octollm.core.plan.Planner} turns a task into a
 * {@link io.octollm.spi.task.Plan}; the {@link io.octollm.core.plan.HeuristicPlanner} does it
 * without an LLM from the arms' declared tags and keywords; the
 * {@link io.octollm.core.plan.PlanValidator} checks every plan before it runs.
 */
package io.octollm.core.plan;
