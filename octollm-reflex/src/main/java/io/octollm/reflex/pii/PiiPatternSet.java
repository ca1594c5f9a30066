package io.octollm.reflex.pii;

import java.util.EnumSet;
import java.util.Set;

/** Which {@link PiiType}s to look for. */
public enum PiiPatternSet {
    /** High-impact identifiers only: SSN, card, secret, IBAN, passport, MRN. */
    STRICT(EnumSet.of(PiiType.SSN, PiiType.CREDIT_CARD, PiiType.SECRET, PiiType.IBAN, PiiType.PASSPORT,
            PiiType.MEDICAL_RECORD_NUMBER)),
    /** Everything except bank account and routing numbers (the default). */
    STANDARD(EnumSet.complementOf(EnumSet.of(PiiType.BANK_ACCOUNT, PiiType.ROUTING_NUMBER))),
    /** Every type. */
    RELAXED(EnumSet.allOf(PiiType.class));

    private final Set<PiiType> types;

    PiiPatternSet(EnumSet<PiiType> types) {
        this.types = java.util.Collections.unmodifiableSet(types);
    }

    /** @return the types of this set (unmodifiable) */
    public Set<PiiType> types() {
        return types;
    }
}
