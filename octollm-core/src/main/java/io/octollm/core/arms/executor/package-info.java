/**
 * The tool executor arm: runs allow-listed commands as real processes, never through a shell,
 * inside a workspace, under a timeout that kills the whole process tree, with capped output.
 */
package io.octollm.core.arms.executor;
