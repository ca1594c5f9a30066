/** The octollm command-line tool. */
package io.octollm.cli;
