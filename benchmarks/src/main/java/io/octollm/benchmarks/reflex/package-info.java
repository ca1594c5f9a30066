/**
 * JMH benchmarks of the reflex layer: full chain (miss and hit), PII detection against a plain
 * {@code java.util.regex} baseline, injection detection, and size scaling from 1 KB to 1 MB.
 */
package io.octollm.benchmarks.reflex;
