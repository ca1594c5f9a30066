/** Internal helpers of the engine; internal, may change without notice. */
package io.octollm.core.internal;
