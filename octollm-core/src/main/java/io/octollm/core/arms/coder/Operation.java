package io.octollm.core.arms.coder;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the coder is asked to do. */
enum Operation {
    GENERATE("Write new code that does the task."),
    DEBUG("Find and fix the bug. Say in \"explanation\" what the cause was and how the fix removes it."),
    REFACTOR("Refactor the code without changing its behaviour. Say in \"explanation\" what changed and why."),
    EXPLAIN("Explain what the code does, step by step, in \"explanation\". Put the code you explain, unchanged, "
            + "in \"code\" (or an empty string if there is none)."),
    TEST("Write unit tests for the code. Put the test code in \"code\" and in \"tests\".");

    private static final Pattern CUES = Pattern.compile(
            "\\b(?<debug>debug|fix|fixes|bug|bugs|crash(?:es)?|broken|failing|stack ?trace)\\b"
                    + "|\\b(?<refactor>refactor\\w*|clean ?up|simplify|restructure|rewrite)\\b"
                    + "|\\b(?<explain>explain|describe|what does|how does|walk me through|summari[sz]e)\\b"
                    + "|\\b(?<test>tests?|unit[- ]tests?|test cases?|junit|pytest)\\b");

    final String guidance;

    Operation(String guidance) {
        this.guidance = guidance;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the operation named (case-insensitive; {@code analyze} means explain, {@code fix} debug) */
    static Optional<Operation> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "generate":
            case "implement":
            case "write":
                return Optional.of(GENERATE);
            case "debug":
            case "fix":
                return Optional.of(DEBUG);
            case "refactor":
                return Optional.of(REFACTOR);
            case "explain":
            case "analyze":
            case "analyse":
                return Optional.of(EXPLAIN);
            case "test":
            case "tests":
                return Optional.of(TEST);
            default:
                return Optional.empty();
        }
    }

    /** @return the operation whose cue word comes first in the instruction, or generate */
    static Operation infer(String instruction) {
        Matcher m = CUES.matcher(instruction.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return GENERATE;
        }
        if (m.group("debug") != null) {
            return DEBUG;
        }
        if (m.group("refactor") != null) {
            return REFACTOR;
        }
        if (m.group("explain") != null) {
            return EXPLAIN;
        }
        return TEST;
    }
}
