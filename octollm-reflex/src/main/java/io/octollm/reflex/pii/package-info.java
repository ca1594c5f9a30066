/**
 * PII and secret detection with hand-written linear-time scanners and checksum validators (Luhn,
 * IBAN mod-97, SSN rules, Base58Check, Bech32), plus reversible redaction. Usable on its own:
 * {@code PiiDetector.standard().detect(text)}; the engine's guardian calls it on outputs.
 */
package io.octollm.reflex.pii;
