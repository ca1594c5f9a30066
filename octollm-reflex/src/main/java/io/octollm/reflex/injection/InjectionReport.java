package io.octollm.reflex.injection;

import io.octollm.reflex.Complexity;
import io.octollm.reflex.Finding;
import io.octollm.reflex.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link InjectionDetector#analyze} found in one text. Immutable and thread-safe.
 *
 * @param findings injection findings in {@link Finding#ORDER}, severities already adjusted for context
 * @param score a single risk figure in {@code [0, 1]}: the highest {@code confidence × severity/9}
 * @param complexity a cheap estimate of how much work the text asks for (computed in the same pass)
 */
public record InjectionReport(List<Finding> findings, double score, Complexity complexity) {
    /** Copies the findings. */
    public InjectionReport {
        findings = List.copyOf(findings);
        Objects.requireNonNull(complexity, "complexity");
    }

    /** @return the most severe finding's severity, if any finding exists */
    public Optional<Severity> highest() {
        Severity max = null;
        for (Finding f : findings) {
            if (max == null || f.severity().compareTo(max) > 0) {
                max = f.severity();
            }
        }
        return Optional.ofNullable(max);
    }

    /**
     * @param threshold a severity
     * @return true when some finding is at least that severe
     */
    public boolean reaches(Severity threshold) {
        for (Finding f : findings) {
            if (f.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }
}
