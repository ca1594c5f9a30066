/** JSON forms of the contracts (statuses lower-case, times ISO-8601), shared by the CLI and stores. */
package io.octollm.core.json;
