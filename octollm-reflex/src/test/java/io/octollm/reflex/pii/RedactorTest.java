package io.octollm.reflex.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String TEXT = "a@b.io and c@d.io and a@b.io, ssn 123-45-6789";

    private String redact(RedactionStrategy s) {
        return Redactor.of(s, "k".getBytes(StandardCharsets.UTF_8)).redact(TEXT, PiiDetector.standard().detect(TEXT)).text();
    }

    @Test
    void redact_placeholder_samValueSamePlaceholder() {
        Redaction r = Redactor.of(RedactionStrategy.placeholder()).redact(TEXT, PiiDetector.standard().detect(TEXT));
        assertThat(r.text()).isEqualTo("[EMAIL_1] and [EMAIL_2] and [EMAIL_1], ssn [SSN_1]");
        assertThat(r.vault().size()).isEqualTo(3);
        assertThat(r.vault().rehydrate(r.text())).isEqualTo(TEXT);
        assertThat(r.vault().original("[SSN_1]")).contains("123-45-6789");
    }

    @Test
    void redact_placeholder_vaultInCreationOrder() {
        Redaction r = Redactor.of(RedactionStrategy.placeholder()).redact(TEXT, PiiDetector.standard().detect(TEXT));
        assertThat(r.vault().asMap().keySet()).containsExactly("[EMAIL_1]", "[EMAIL_2]", "[SSN_1]");
        assertThat(r.vault().asMap().values()).containsExactly("a@b.io", "c@d.io", "123-45-6789");
        assertThat(Redactor.of(RedactionStrategy.mask()).redact(TEXT, PiiDetector.standard().detect(TEXT)).vault().isEmpty())
                .isTrue();
    }

    @Test
    void redact_placeholder_manyValuesWithRepeats_numberedPerTypeAndReused() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("u").append(i).append("@x.io ");
            if (i % 3 == 0) {
                text.append("u1@x.io 123-45-67").append(10 + i % 7).append(' ');
            }
        }
        String t = text.toString();
        Redaction r = Redactor.of(RedactionStrategy.placeholder()).redact(t, PiiDetector.standard().detect(t));
        assertThat(r.text()).startsWith("[EMAIL_1] [EMAIL_2] [EMAIL_3] [EMAIL_1] [SSN_1] [EMAIL_4]")
                .contains("[EMAIL_30]").doesNotContain("[EMAIL_31]").doesNotContain("@");
        assertThat(r.vault().original("[EMAIL_17]")).contains("u17@x.io");
        assertThat(r.vault().original("[EMAIL_30]")).contains("u30@x.io");
        assertThat(r.vault().size()).isEqualTo(30 + 7);
        assertThat(r.vault().asMap().keySet()).startsWith("[EMAIL_1]", "[EMAIL_2]", "[EMAIL_3]", "[SSN_1]", "[EMAIL_4]");
        assertThat(r.vault().rehydrate(r.text())).isEqualTo(t);
    }

    @Test
    void redact_mask_partial_remove_hash() {
        assertThat(redact(RedactionStrategy.mask())).isEqualTo("****** and ****** and ******, ssn ***********");
        assertThat(redact(RedactionStrategy.partial(4))).endsWith("ssn XXXXXXX6789");
        assertThat(redact(RedactionStrategy.remove())).isEqualTo(" and  and , ssn ");
        String h1 = redact(RedactionStrategy.hash());
        assertThat(h1).startsWith("[EMAIL:").doesNotContain("a@b.io").isEqualTo(redact(RedactionStrategy.hash()));
    }

    @Test
    void rehydrate_unknownPlaceholder_leftAlone() {
        Redaction r = Redactor.of(RedactionStrategy.placeholder()).redact(TEXT, PiiDetector.standard().detect(TEXT));
        assertThat(r.vault().rehydrate("[EMAIL_9] [x] [EMAIL_2")).isEqualTo("[EMAIL_9] [x] [EMAIL_2");
    }
}
