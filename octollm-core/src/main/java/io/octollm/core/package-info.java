/** OctoLLM core. */
package io.octollm.core;
