package io.octollm.reflex.pii;

import io.octollm.reflex.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds personal data and secrets in a text with hand-written scanners (no backtracking regular
 * expression ever runs), validating with checksums where the type has one (Luhn, IBAN mod-97,
 * SSN rules, ABA, Base58Check, Bech32). Identifiers with no checksum of their own (passport,
 * licence, date of birth, bare 9- or 10-digit numbers) are reported only when a context word is
 * near, which keeps order numbers, versions and UUIDs out.
 *
 * <p>Results are in {@link Finding#ORDER} (start, then type) with overlapping findings resolved to
 * one (higher confidence, then longer span). Offsets are Java {@code String} (UTF-16) indices.
 * Cost is linear in the text length. Immutable and thread-safe.
 */
public final class PiiDetector {
    private static final PiiDetector STANDARD = new PiiDetector(PiiPatternSet.STANDARD.types());

    private final Set<PiiType> types;
    private final PiiScanner scanner;

    private PiiDetector(Set<PiiType> types) {
        this.types = Set.copyOf(types);
        this.scanner = new PiiScanner(this.types);
    }

    /** @return the detector for {@link PiiPatternSet#STANDARD} (shared instance) */
    public static PiiDetector standard() {
        return STANDARD;
    }

    /**
     * @param set a pattern set, not null
     * @return a detector for that set
     */
    public static PiiDetector of(PiiPatternSet set) {
        Objects.requireNonNull(set, "set");
        return set == PiiPatternSet.STANDARD ? STANDARD : new PiiDetector(set.types());
    }

    /**
     * @param types the types to look for, not null, not empty
     * @return a detector for exactly those types
     * @throws IllegalArgumentException for an empty set
     */
    public static PiiDetector of(Set<PiiType> types) {
        Objects.requireNonNull(types, "types");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("types must not be empty");
        }
        return new PiiDetector(EnumSet.copyOf(types));
    }

    /** @return the types this detector looks for */
    public Set<PiiType> types() {
        return types;
    }

    /**
     * @param text any text, not null
     * @return findings in {@link Finding#ORDER}, never null
     */
    public List<Finding> detect(String text) {
        Objects.requireNonNull(text, "text");
        List<Finding> raw = scanner.scan(text);
        if (raw.size() <= 1 || inOrderApart(raw)) {
            return raw;
        }
        List<Finding> sorted = new ArrayList<>(raw);
        sorted.sort(Finding.ORDER);
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (!out.isEmpty()) {
                Finding prev = out.get(out.size() - 1);
                if (prev.overlaps(f)) {
                    if (f.confidence() > prev.confidence()
                            || (f.confidence() == prev.confidence() && f.length() > prev.length())) {
                        out.set(out.size() - 1, f);
                    }
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Whether each finding ends before the next starts: then the list is in {@link Finding#ORDER} with no
     * overlap to resolve, as the scan mostly returns it.
     */
    private static boolean inOrderApart(List<Finding> findings) {
        for (int k = 1; k < findings.size(); k++) {
            if (findings.get(k - 1).end() > findings.get(k).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text any text, not null
     * @return true when at least one finding exists
     */
    public boolean containsPii(String text) {
        return !scanner.scan(Objects.requireNonNull(text, "text")).isEmpty();
    }
}
