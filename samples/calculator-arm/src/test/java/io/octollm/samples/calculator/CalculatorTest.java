package io.octollm.samples.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorTest {

    private static String eval(String expression) {
        return Calculator.format(Calculator.evaluate(expression));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', quoteCharacter = '"', value = {
            "2 * (3 + 4)        = 14",
            "1 + 2 * 3          = 7",
            "(1 + 2) * 3        = 9",
            "10 - 4 - 3         = 3",
            "100 / 10 / 5       = 2",
            "7 / 2              = 3.5",
            "0.1 + 0.2          = 0.3",
            ".5 + 1.25          = 1.75",
            "2 ^ 10             = 1024",
            "2 ^ 3 ^ 2          = 512",
            "-2 ^ 2             = -4",
            "(-2) ^ 2           = 4",
            "2 ^ -1             = 0.5",
            "4 ^ 0.5            = 2",
            "-(3 + 4)           = -7",
            "--3                = 3",
            "+5 - -5            = 10",
            "3 × 4 ÷ 6          = 2",
    })
    void evaluate_wellFormedExpression_givesTheValue(String expression, String expected) {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void evaluate_largeProduct_isExactAndPlain() {
        assertThat(eval("123456789 * 987654321")).isEqualTo("121932631112635269");
        assertThat(eval("10 ^ 20")).isEqualTo("100000000000000000000");
    }

    @Test
    void evaluate_oneThird_keeps34SignificantDigits() {
        assertThat(eval("1 / 3")).isEqualTo("0." + "3".repeat(34));
    }

    @Test
    void evaluate_divisionByZero_throwsWithPosition() {
        assertThatThrownBy(() -> Calculator.evaluate("1 + 2 / (3 - 3)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("division by zero")
                .satisfies(e -> assertThat(((ExpressionException) e).position()).isEqualTo(6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2 +          | ends where a number",
            "(2 + 3       | missing ')'",
            "2 + 3)       | unexpected ')'",
            "2 3          | unexpected '3'",
            "2 * x        | found 'x'",
            "1.2.3        | second '.'",
            ".            | '.' is not a number",
            "(-8) ^ 0.5   | no finite real value",
            "0 ^ -1       | division by zero",
            "2 ^ 100000   | larger than 10000",
            "1e5          | unexpected 'e'",
    })
    void evaluate_badInput_throwsAnActionableMessage(String expression, String message) {
        assertThatThrownBy(() -> Calculator.evaluate(expression))
                .isInstanceOf(ExpressionException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void evaluate_blank_throws() {
        assertThatThrownBy(() -> Calculator.evaluate("   ")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void evaluate_tooLong_throwsBeforeParsing() {
        String longest = "1" + "+1".repeat((Calculator.MAX_LENGTH - 1) / 2);
        assertThat(eval(longest)).isEqualTo(String.valueOf((Calculator.MAX_LENGTH - 1) / 2 + 1));
        assertThatThrownBy(() -> Calculator.evaluate(longest + "+1")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    void evaluate_deepNesting_throwsInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(200) + "1" + ")".repeat(200);
        assertThatThrownBy(() -> Calculator.evaluate(deep)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("nests deeper");
        assertThat(eval("(".repeat(50) + "1" + ")".repeat(50))).isEqualTo("1");
    }

    @Test
    void evaluate_null_throwsNullPointerException() {
        assertThatThrownBy(() -> Calculator.evaluate(null)).isInstanceOf(NullPointerException.class);
    }
}
