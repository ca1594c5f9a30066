package io.octollm.samples.calculator;

/**
 * An arithmetic expression that cannot be evaluated: a syntax error, a division by zero, a result
 * that is not a real number or an input beyond the evaluator's limits. The message says what and
 * where (0-based character index), for a person to fix the input.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Character index in the expression where the problem was found, or -1 when not positional. */
    private final int position;

    /**
     * @param message what is wrong
     * @param position 0-based index into the expression, or -1
     */
    ExpressionException(String message, int position) {
        super(position < 0 ? message : message + " at position " + position);
        this.position = position;
    }

    /** @return 0-based character index of the problem in the expression, or -1 when not positional */
    public int position() {
        return position;
    }
}
