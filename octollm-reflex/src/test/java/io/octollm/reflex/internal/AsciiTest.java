package io.octollm.reflex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void matchesLower_ignoresCaseOfLettersOnly_andChecksBounds() {
        assertThat(Ascii.matchesLower("ID: MRN 123", 4, "mrn")).isTrue();
        assertThat(Ascii.matchesLower("Bearer x", 0, "bearer")).isTrue();
        assertThat(Ascii.matchesLower("FÜHRERSCHEIN", 0, "führerschein")).isTrue();
        assertThat(Ascii.matchesLower("dl#5", 0, "dl#")).isTrue();
        assertThat(Ascii.matchesLower("dl@5", 0, "dl`")).isFalse(); // '@' | 0x20 == '`' must not match
        assertThat(Ascii.matchesLower("mr", 0, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("xmrn", 2, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("mrn", -1, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("mrm", 0, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("5-Mar-1990", 2, "march", 3)).isTrue();
        assertThat(Ascii.matchesLower("5-Mar-1990", 2, "march", 4)).isFalse();
    }
}
