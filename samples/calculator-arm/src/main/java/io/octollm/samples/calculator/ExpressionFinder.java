package io.octollm.samples.calculator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the arithmetic in a step's instruction. One run of arithmetic characters
 * ({@code calculate 2 * (3 + 4)}) is the expression; several bare numbers become one expression
 * when the instruction says how to combine them ({@code sum 1, 2 and 3}, {@code add 2 and 3},
 * {@code multiply 4 by 5}, {@code subtract 3 from 10}, {@code divide 10 by 4}). Stateless.
 */
final class ExpressionFinder {
    private ExpressionFinder() {
    }

    /**
     * @param instruction text such as "calculate 2 * (3 + 4)"
     * @return the expression to evaluate, or empty when the text holds no arithmetic
     * @throws ExpressionException when it holds several expressions and no word says how to combine them
     */
    static Optional<String> find(String instruction) {
        List<String> runs = runs(instruction);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        if (runs.size() == 1) {
            return Optional.of(runs.get(0));
        }
        List<String> words = words(instruction);
        if (words.contains("sum") || words.contains("add")) {
            return Optional.of(join(runs, " + "));
        }
        if (words.contains("multiply") || words.contains("product")) {
            return Optional.of(join(runs, " * "));
        }
        if (runs.size() == 2 && words.contains("subtract") && words.contains("from")) {
            return Optional.of(group(runs.get(1)) + " - " + group(runs.get(0)));
        }
        if (runs.size() == 2 && words.contains("divide") && words.contains("by")) {
            return Optional.of(group(runs.get(0)) + " / " + group(runs.get(1)));
        }
        throw new ExpressionException("found " + runs.size() + " separate expressions " + runs
                + "; write one expression, e.g. 'calculate 2 * (3 + 4)'", -1);
    }

    private static String join(List<String> runs, String op) {
        List<String> grouped = new ArrayList<>();
        for (String r : runs) {
            grouped.add(group(r));
        }
        return String.join(op, grouped);
    }

    private static String group(String run) {
        return run.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? run : "(" + run + ")";
    }

    /** Maximal runs of arithmetic characters that contain at least one digit, trimmed. */
    static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!arithmetic(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && arithmetic(text.charAt(i))) {
                i++;
            }
            String run = trim(text.substring(start, i));
            if (run.chars().anyMatch(Character::isDigit)) {
                out.add(run);
            }
        }
        return out;
    }

    private static boolean arithmetic(char c) {
        return Character.isDigit(c) || Character.isWhitespace(c) || "+-*/^().×÷".indexOf(c) >= 0;
    }

    /** Strips spaces and a sentence's full stop (harmless after a digit: {@code 2.} is {@code 2}). */
    private static String trim(String run) {
        String t = run.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
