/** Internal, may change: helpers shared by the benchmarks and the {@code octollm bench reflex} tool. */
package io.octollm.reflex.internal;
