/** JMH benchmarks. */
package io.octollm.benchmarks;
