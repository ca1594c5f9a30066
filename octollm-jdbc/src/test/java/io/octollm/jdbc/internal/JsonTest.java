package io.octollm.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writeThenParse_nestedValues_roundTripWithNarrowestNumberTypes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t ctrl \u0001 unicode \u00e9\ud83d\ude00");
        m.put("i", 42);
        m.put("l", 12_345_678_901L);
        m.put("big", new BigInteger("123456789012345678901234567890"));
        m.put("d", -0.125);
        m.put("e", 1.0e-12);
        m.put("t", true);
        m.put("n", null);
        m.put("list", List.of(1, "two", List.of(), Map.of()));
        String json = Json.write(m);
        assertThat(Json.parse(json)).isEqualTo(m);
    }

    @Test
    void parse_malformed_throwsWithOffset() {
        for (String bad : Arrays.asList("{", "[1,", "{\"a\" 1}", "tru", "\"abc", "1 2", "{\"a\":}")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("malformed JSON at offset");
        }
    }

    @Test
    void write_nonJsonValues_throw() {
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.write(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
