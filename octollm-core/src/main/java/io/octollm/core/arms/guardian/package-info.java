/**
 * The safety guardian arm: scans outputs for PII and secrets (with the reflex detectors),
 * dangerous content (script tags, SQL injection, path traversal) and host policy rules, and maps
 * the highest risk to pass, warn, redact or block.
 */
package io.octollm.core.arms.guardian;
