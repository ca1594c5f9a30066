package io.octollm.samples.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A hand-written recursive-descent evaluator for arithmetic: {@code + - * /}, {@code ^} (power,
 * right-associative, binding tighter than unary minus: {@code -2^2 = -4}), parentheses, unary
 * plus and minus, and decimal numbers ({@code 1.5}, {@code .5}). {@code ×} and {@code ÷} are
 * accepted for {@code *} and {@code /}. Arithmetic is decimal ({@link BigDecimal}, 34 significant
 * digits), so {@code 0.1 + 0.2} is exactly {@code 0.3}; a fractional power goes through
 * {@code double}. Nothing is ever handed to a script engine.
 *
 * <p>Grammar:
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('+' | '-') unary | power
 * power      := primary ('^' unary)?
 * primary    := number | '(' expression ')'
 * </pre>
 *
 * <p>Stateless and thread-safe. Every failure is an {@link ExpressionException}.
 */
public final class Calculator {
    /** Longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 1_000;
    /** Deepest nesting of parentheses and unary signs accepted. */
    public static final int MAX_DEPTH = 100;
    /** Largest absolute integer exponent accepted. */
    public static final int MAX_EXPONENT = 10_000;

    private static final MathContext MC = MathContext.DECIMAL128;

    private Calculator() {
    }

    /**
     * Evaluates an expression.
     *
     * @param expression the arithmetic, e.g. {@code 2 * (3 + 4)}
     * @return the value, with trailing zeros removed
     * @throws ExpressionException when the expression is malformed, divides by zero, has no real
     *     result or exceeds {@link #MAX_LENGTH}, {@link #MAX_DEPTH} or {@link #MAX_EXPONENT}
     * @throws NullPointerException when {@code expression} is null
     */
    public static BigDecimal evaluate(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression.length() > MAX_LENGTH) {
            throw new ExpressionException("the expression is longer than " + MAX_LENGTH + " characters", -1);
        }
        Parser p = new Parser(expression);
        p.skipSpaces();
        if (p.atEnd()) {
            throw new ExpressionException("the expression is empty", -1);
        }
        BigDecimal v = p.expression(0);
        p.skipSpaces();
        if (!p.atEnd()) {
            throw new ExpressionException("unexpected '" + p.peek() + "'", p.pos);
        }
        return normalise(v);
    }

    /**
     * @param value a result of {@link #evaluate}
     * @return the value as plain text without exponent or trailing zeros ({@code 14}, {@code 0.5})
     */
    public static String format(BigDecimal value) {
        return normalise(value).toPlainString();
    }

    private static BigDecimal normalise(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            return s.charAt(pos);
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                pos++;
            }
        }

        /** Consumes {@code c} (after spaces) when it is next. */
        boolean eat(char c) {
            skipSpaces();
            if (atEnd()) {
                return false;
            }
            char n = peek();
            if (n == c || (c == '*' && n == '×') || (c == '/' && n == '÷')) {
                pos++;
                return true;
            }
            return false;
        }

        BigDecimal expression(int depth) {
            BigDecimal v = term(depth);
            while (true) {
                if (eat('+')) {
                    v = v.add(term(depth), MC);
                } else if (eat('-')) {
                    v = v.subtract(term(depth), MC);
                } else {
                    return v;
                }
            }
        }

        BigDecimal term(int depth) {
            BigDecimal v = unary(depth);
            while (true) {
                if (eat('*')) {
                    v = v.multiply(unary(depth), MC);
                } else if (eat('/')) {
                    int at = pos - 1;
                    BigDecimal d = unary(depth);
                    if (d.signum() == 0) {
                        throw new ExpressionException("division by zero", at);
                    }
                    v = v.divide(d, MC);
                } else {
                    return v;
                }
            }
        }

        BigDecimal unary(int depth) {
            if (depth > MAX_DEPTH) {
                throw new ExpressionException("the expression nests deeper than " + MAX_DEPTH + " levels", pos);
            }
            if (eat('-')) {
                return unary(depth + 1).negate(MC);
            }
            if (eat('+')) {
                return unary(depth + 1);
            }
            return power(depth);
        }

        BigDecimal power(int depth) {
            BigDecimal base = primary(depth);
            if (!eat('^')) {
                return base;
            }
            int at = pos - 1;
            BigDecimal exponent = unary(depth + 1);
            return pow(base, exponent, at);
        }

        BigDecimal primary(int depth) {
            skipSpaces();
            if (atEnd()) {
                throw new ExpressionException("the expression ends where a number or '(' was expected", pos);
            }
            if (eat('(')) {
                int open = pos - 1;
                BigDecimal v = expression(depth + 1);
                if (!eat(')')) {
                    throw new ExpressionException("missing ')' for the '(' at position " + open, atEnd() ? -1 : pos);
                }
                return v;
            }
            char c = peek();
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            throw new ExpressionException("expected a number or '(' but found '" + c + "'", pos);
        }

        BigDecimal number() {
            int start = pos;
            int digits = 0;
            while (!atEnd() && Character.isDigit(peek())) {
                pos++;
                digits++;
            }
            if (!atEnd() && peek() == '.') {
                pos++;
                while (!atEnd() && Character.isDigit(peek())) {
                    pos++;
                    digits++;
                }
            }
            if (digits == 0) {
                throw new ExpressionException("'.' is not a number", start);
            }
            if (!atEnd() && peek() == '.') {
                throw new ExpressionException("a number has a second '.'", pos);
            }
            return new BigDecimal(s.substring(start, pos));
        }

        static BigDecimal pow(BigDecimal base, BigDecimal exponent, int at) {
            BigDecimal e = exponent.stripTrailingZeros();
            if (e.scale() <= 0) {
                if (e.abs().compareTo(BigDecimal.valueOf(MAX_EXPONENT)) > 0) {
                    throw new ExpressionException("the exponent " + e.toPlainString() + " is larger than "
                            + MAX_EXPONENT, at);
                }
                int n = e.intValueExact();
                if (n < 0 && base.signum() == 0) {
                    throw new ExpressionException("division by zero (0 to a negative power)", at);
                }
                return base.pow(n, MC);
            }
            double r = Math.pow(base.doubleValue(), exponent.doubleValue());
            if (Double.isNaN(r) || Double.isInfinite(r)) {
                throw new ExpressionException(base.toPlainString() + " ^ " + exponent.toPlainString()
                        + " has no finite real value", at);
            }
            return new BigDecimal(r, MathContext.DECIMAL64);
        }
    }
}
