/** Integration: assembling the final answer from the steps' outputs. */
package io.octollm.core.integrate;
