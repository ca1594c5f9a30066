package io.octollm.reflex.pii;

import io.octollm.reflex.Finding;
import io.octollm.reflex.Severity;

/** The kinds of personal data and secrets the {@link PiiDetector} finds. */
public enum PiiType {
    /** An e-mail address. */
    EMAIL("EMAIL", Severity.MEDIUM),
    /** A phone number: North American (NANP) forms and international E.164 ({@code +44 20 ...}). */
    PHONE("PHONE", Severity.MEDIUM),
    /** A US social security number (area, group and serial rules). */
    SSN("SSN", Severity.CRITICAL),
    /** A payment card number: Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB, Diners; Luhn. */
    CREDIT_CARD("CARD", Severity.CRITICAL),
    /** An IPv4 or IPv6 address (with {@code ::} compression). */
    IP_ADDRESS("IP", Severity.LOW),
    /** An international bank account number (per-country length, mod-97). */
    IBAN("IBAN", Severity.HIGH),
    /** A credential: cloud/API keys and tokens, JWTs, PEM private keys, {@code password=} values. */
    SECRET("SECRET", Severity.CRITICAL),
    /** A MAC address. */
    MAC_ADDRESS("MAC", Severity.LOW),
    /** A Bitcoin (Base58Check or Bech32) or Ethereum address. */
    CRYPTO_ADDRESS("CRYPTO", Severity.HIGH),
    /** A passport number, when a context word is near. */
    PASSPORT("PASSPORT", Severity.CRITICAL),
    /** A driver's licence number, when a context word is near. */
    DRIVERS_LICENSE("LICENSE", Severity.CRITICAL),
    /** A medical record number ({@code MRN} or a context word near). */
    MEDICAL_RECORD_NUMBER("MRN", Severity.CRITICAL),
    /** A US individual taxpayer identification number. */
    ITIN("ITIN", Severity.CRITICAL),
    /** A date of birth, when a context word is near. */
    DATE_OF_BIRTH("DOB", Severity.HIGH),
    /** A bank account number, when a context word is near (relaxed set only). */
    BANK_ACCOUNT("ACCOUNT", Severity.CRITICAL),
    /** A US ABA routing number with a valid checksum, when a context word is near (relaxed set only). */
    ROUTING_NUMBER("ROUTING", Severity.HIGH);

    private final String label;
    private final Severity severity;

    PiiType(String label, Severity severity) {
        this.label = label;
        this.severity = severity;
    }

    /** @return the short label used in placeholders, e.g. {@code EMAIL} in {@code [EMAIL_1]} */
    public String label() {
        return label;
    }

    /** @return the default severity of a finding of this type */
    public Severity severity() {
        return severity;
    }

    /** @return the finding category: {@link Finding.Category#SECRET} for secrets, else PII */
    public Finding.Category category() {
        return this == SECRET ? Finding.Category.SECRET : Finding.Category.PII;
    }

    /**
     * @param finding a finding
     * @return the type of a PII/secret finding
     * @throws IllegalArgumentException when the finding is not a PII/secret finding
     */
    public static PiiType of(Finding finding) {
        if (finding.category() == Finding.Category.INJECTION) {
            throw new IllegalArgumentException("not a PII finding: " + finding.type());
        }
        return valueOf(finding.type());
    }
}
