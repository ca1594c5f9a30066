/**
 * Internal, may change: a plain {@code java.util.regex} PII detector used only as the speed
 * baseline in benchmarks and {@code octollm bench reflex}. Not product code; do not use it on
 * untrusted input (backtracking engine).
 */
package io.octollm.reflex.internal.baseline;
