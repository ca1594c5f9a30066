package io.octollm.samples.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionFinderTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "calculate 2 * (3 + 4)                | 2 * (3 + 4)",
            "Please compute (1.5 + 2) ^ 2.        | (1.5 + 2) ^ 2",
            "what is 7 / 2?                       | 7 / 2",
            "evaluate -3 + 5                      | -3 + 5",
            "sum 1, 2 and 3                       | 1 + 2 + 3",
            "add 2 and 3                          | 2 + 3",
            "multiply 4 by 5                      | 4 * 5",
            "subtract 3 from 10                   | 10 - 3",
            "divide 10 by 4                       | 10 / 4",
            "add 1 + 1 and 2                      | (1 + 1) + 2",
    })
    void find_instruction_givesTheExpression(String instruction, String expression) {
        assertThat(ExpressionFinder.find(instruction)).contains(expression);
    }

    @Test
    void find_noDigits_isEmpty() {
        assertThat(ExpressionFinder.find("calculate the answer - please")).isEmpty();
    }

    @Test
    void find_severalExpressionsWithoutACombiningWord_throws() {
        assertThatThrownBy(() -> ExpressionFinder.find("calculate 2 + 2 or 3 * 3"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("2 separate expressions");
    }
}
