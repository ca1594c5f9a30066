/** The judge arm: validates an answer against rules and the task's acceptance criteria. */
package io.octollm.core.arms.judge;
