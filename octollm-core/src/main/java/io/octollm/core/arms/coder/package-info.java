/**
 * The coder arm: generates, debugs, refactors, explains and tests code with the host's chat model.
 * Java answers are compiled in memory with {@code javax.tools.JavaCompiler} and sent back with the
 * compiler's diagnostics for at most two fixes; other languages pass through with a warning. Without
 * a model the arm declines with a typed {@code LLM_REQUIRED} error.
 */
package io.octollm.core.arms.coder;
