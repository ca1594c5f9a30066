/**
 * Prompt-injection detection in one linear pass: Unicode folding (compatibility decomposition,
 * diacritics, zero-width and other invisible characters, Cyrillic/Greek homoglyphs, leetspeak),
 * word tokens matched against a trie lexicon (including spaced-out and run-together words),
 * bounded-window rules per category, marker scanners for delimiters, shell and template syntax,
 * and decode-and-rescan of base64/hex payloads. Usable on its own via {@link
 * io.octollm.reflex.injection.InjectionDetector}.
 */
package io.octollm.reflex.injection;
