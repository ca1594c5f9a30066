package io.octollm.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionVaultTest {
    @Test
    void of_keepsCreationOrder_andLooksUpSmallAndLargeVaults() {
        for (int n : new int[] {1, 8, 9, 40}) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = n; i >= 1; i--) {
                m.put("[EMAIL_" + i + "]", "u" + i + "@x.io");
            }
            RedactionVault v = RedactionVault.of(m);
            assertThat(v.size()).isEqualTo(n);
            assertThat(v.asMap()).containsExactlyEntriesOf(m);
            assertThat(v.original("[EMAIL_1]")).contains("u1@x.io");
            assertThat(v.original("[EMAIL_" + n + "]")).contains("u" + n + "@x.io");
            assertThat(v.original("[EMAIL_0]")).isEmpty();
            assertThat(v.rehydrate("to [EMAIL_1] and [EMAIL_" + n + "], not [EMAIL_0]"))
                    .isEqualTo("to u1@x.io and u" + n + "@x.io, not [EMAIL_0]");
        }
    }

    @Test
    void asMap_isUnmodifiable_andToStringShowsNoOriginal() {
        RedactionVault v = RedactionVault.of(Map.of("[SSN_1]", "123-45-6789"));
        assertThatThrownBy(() -> v.asMap().put("[SSN_2]", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(v.toString()).contains("[SSN_1]").doesNotContain("123-45-6789");
        assertThat(RedactionVault.of(Map.of())).isSameAs(RedactionVault.empty());
    }

    @Test
    void builder_keepsPutOrder_andRejectsARepeatedPlaceholder() {
        RedactionVault v = RedactionVault.builder(1).put("[B_1]", "b").put("[A_1]", "a").put("[C_1]", "c").build();
        assertThat(List.copyOf(v.asMap().keySet())).containsExactly("[B_1]", "[A_1]", "[C_1]");
        assertThat(RedactionVault.builder(4).build()).isSameAs(RedactionVault.empty());
        assertThatThrownBy(() -> RedactionVault.builder(2).put("[A_1]", "a").put("[A_1]", "b").build())
                .isInstanceOf(IllegalArgumentException.class);
        RedactionVault.Builder large = RedactionVault.builder(20);
        for (int i = 0; i < 20; i++) {
            large.put("[EMAIL_" + i + "]", "u" + i + "@x.io");
        }
        large.put("[EMAIL_3]", "again");
        assertThatThrownBy(large::build).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedactionVault.builder(1).put(null, "a")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void of_rejectsNullEntries() {
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("[EMAIL_1]", null);
        assertThatThrownBy(() -> RedactionVault.of(nullValue)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("original");
        assertThatThrownBy(() -> RedactionVault.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void of_copiesEveryEntry_evenWhenTheMapMisreportsItsSize() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[A_1]", "a");
        entries.put("[B_1]", "b");
        entries.put("[C_1]", "c");
        Map<String, String> lying = new AbstractMap<>() {
            @Override
            public Set<Entry<String, String>> entrySet() {
                return entries.entrySet();
            }

            @Override
            public int size() {
                return 1;
            }
        };
        RedactionVault v = RedactionVault.of(lying);
        assertThat(v.size()).isEqualTo(3);
        assertThat(List.copyOf(v.asMap().keySet())).containsExactly("[A_1]", "[B_1]", "[C_1]");
    }
}
