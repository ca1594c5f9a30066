package io.octollm.samples.calculator;

import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calculator arm: evaluates the arithmetic in a step's instruction (or in its
 * {@code expression} parameter) with {@link Calculator} and answers with the value as text
 * ({@code "14"}); the structured output holds {@code expression} and {@code value}.
 *
 * <p>Bad input is the caller's to fix, so it fails as a typed, non-retryable
 * {@link ErrorCategory#VALIDATION} error: {@code NO_EXPRESSION} when the instruction holds no
 * arithmetic, {@code BAD_EXPRESSION} (with the position) when it cannot be evaluated.
 *
 * <p>Thread-safe: immutable; {@link #execute} never throws.
 */
public final class CalculatorArm implements Arm {
    /** The arm id. */
    public static final String ID = "calculator";

    private final ArmCapability capability;

    /** @param maxConcurrency calls the engine may run at once, at least 1 */
    public CalculatorArm(int maxConcurrency) {
        this.capability = ArmCapability.of(ID,
                "Evaluates arithmetic (+ - * / ^, parentheses, decimals) written in the goal",
                Set.of("math", "calculation"),
                Set.of("calculate", "compute", "sum", "evaluate", "arithmetic", "multiply", "divide", "add",
                        "subtract"),
                1, maxConcurrency);
    }

    @Override
    public ArmCapability capability() {
        return capability;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        String expression = request.parameter("expression");
        try {
            if (expression == null) {
                Optional<String> found = ExpressionFinder.find(request.instruction());
                if (found.isEmpty()) {
                    return ArmResult.failure(ArmError.of("NO_EXPRESSION", ErrorCategory.VALIDATION,
                            "no arithmetic found in '" + request.instruction()
                                    + "'; write it like 'calculate 2 * (3 + 4)'"));
                }
                expression = found.get();
            }
            BigDecimal value = Calculator.evaluate(expression);
            String text = Calculator.format(value);
            return ArmResult.ok(text, Map.of("expression", expression, "value", text), 1.0);
        } catch (ExpressionException e) {
            return ArmResult.failure(ArmError.of("BAD_EXPRESSION", ErrorCategory.VALIDATION,
                    "cannot evaluate '" + (expression == null ? request.instruction() : expression) + "': "
                            + e.getMessage()));
        }
    }
}
