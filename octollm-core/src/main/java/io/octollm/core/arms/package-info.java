/** Built-in arms shipped with the engine; each sub-package holds one arm. */
package io.octollm.core.arms;
