package io.octollm.core.arms.judge;

import io.octollm.core.internal.Words;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The judge without an LLM: rule checks on the integrated answer ({@code inputs["output"]}).
 *
 * <ul>
 *   <li>the answer must not be empty or blank;</li>
 *   <li>it must be at most {@code maxLength} characters (default 1,000,000);</li>
 *   <li>each acceptance criterion is checked: {@code contains:TEXT} (case-insensitive),
 *       {@code min_length:N}, {@code max_length:N}, {@code not_contains:TEXT}, {@code regex:PATTERN}
 *       (the host's pattern, run on at most the first 100,000 characters), {@code json}, and
 *       {@code json_schema:{...}} (a JSON Schema subset, see {@link JsonSchemaCheck}); any other
 *       criterion is read as required terms: at least half of its significant words must appear
 *       in the answer.</li>
 * </ul>
 *
 * Output data: {@code valid} (Boolean), {@code confidence}, {@code issues} (a list of maps with
 * severity, type, message, suggestion). Thread-safe and stateless.
 */
@Singleton
public final class RuleJudgeArm implements Arm {
    private static final ArmCapability CAPABILITY = ArmCapability.of("judge",
            "Validates answers with rule checks and the task's acceptance criteria",
            Set.of("result_validation", "quality_assurance"), Set.of(), 1, 64);

    private static final Set<String> FILLER = Set.of("mention", "include", "contain", "must", "should", "answer",
            "say", "state", "explain", "describe", "give", "list", "show", "output", "result", "response");

    private final int maxLength;

    /** A judge with the default length limit of 1,000,000 characters. */
    @Inject
    public RuleJudgeArm() {
        this(1_000_000);
    }

    /** @param maxLength the longest acceptable answer, at least 1 */
    public RuleJudgeArm(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be >= 1, was " + maxLength);
        }
        this.maxLength = maxLength;
    }

    @Override
    public ArmCapability capability() {
        return CAPABILITY;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        String answer = request.inputs().getOrDefault("output", "");
        List<Map<String, Object>> issues = new ArrayList<>();
        if (answer.isBlank()) {
            issues.add(issue("error", "empty", "the answer is empty", "produce a non-empty answer"));
        }
        if (answer.length() > maxLength) {
            issues.add(issue("error", "length", "the answer has " + answer.length() + " characters, more than "
                    + maxLength, "shorten the answer"));
        }
        int passed = 0;
        for (String criterion : request.criteria()) {
            Map<String, Object> problem = check(criterion, answer);
            if (problem == null) {
                passed++;
            } else {
                issues.add(problem);
            }
        }
        if (request.parameters().get("low_consensus_steps") instanceof List<?> low) {
            for (Object stepId : low) {
                Map<String, Object> m = issue("warning", "consensus", "the swarm variants for step " + stepId
                        + " disagreed (low consensus)", "check this step's answer");
                m.put("stepId", String.valueOf(stepId));
                issues.add(m);
            }
        }
        boolean valid = issues.stream().noneMatch(i -> "error".equals(i.get("severity")));
        double confidence = request.criteria().isEmpty() ? (valid ? 0.9 : 0.1)
                : (double) passed / request.criteria().size();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("valid", valid);
        data.put("confidence", confidence);
        data.put("issues", issues);
        data.put("criteria_passed", passed);
        String text = valid ? "valid" : "invalid: " + issues.size() + " issue(s)";
        return ArmResult.ok(text, data, Math.max(0, Math.min(1, confidence)));
    }

    private static Map<String, Object> check(String criterion, String answer) {
        String c = criterion.strip();
        String lower = answer.toLowerCase(Locale.ROOT);
        int colon = c.indexOf(':');
        String kind = colon > 0 ? c.substring(0, colon).strip().toLowerCase(Locale.ROOT)
                : c.equalsIgnoreCase("json") ? "json" : "";
        String arg = colon > 0 ? c.substring(colon + 1).strip() : c;
        switch (kind) {
            case "contains":
                return lower.contains(arg.toLowerCase(Locale.ROOT)) ? null
                        : issue("error", "criterion", "the answer does not contain '" + arg + "'",
                                "include '" + arg + "'");
            case "not_contains":
                return !lower.contains(arg.toLowerCase(Locale.ROOT)) ? null
                        : issue("error", "criterion", "the answer contains '" + arg + "'", "remove '" + arg + "'");
            case "regex":
                try {
                    String subject = answer.length() > 100_000 ? answer.substring(0, 100_000) : answer;
                    return java.util.regex.Pattern.compile(arg).matcher(subject).find() ? null
                            : issue("error", "criterion", "the answer does not match /" + arg + "/",
                                    "produce text matching /" + arg + "/");
                } catch (java.util.regex.PatternSyntaxException e) {
                    return issue("warning", "criterion", "criterion '" + c + "' is not a valid regex", "");
                }
            case "json":
                return JsonSchemaCheck.validate("{}", answer).isEmpty() ? null
                        : issue("error", "schema", "the answer is not JSON", "answer with a JSON document");
            case "json_schema":
                try {
                    List<String> violations = JsonSchemaCheck.validate(arg, answer);
                    return violations.isEmpty() ? null : issue("error", "schema", "the answer does not match the "
                            + "JSON schema: " + String.join("; ", violations), "fix: " + violations.get(0));
                } catch (IllegalArgumentException e) {
                    return issue("warning", "schema", e.getMessage(), "");
                }
            case "min_length":
            case "max_length":
                int n;
                try {
                    n = Integer.parseInt(arg);
                } catch (NumberFormatException e) {
                    return issue("warning", "criterion", "criterion '" + c + "' has no valid number", "");
                }
                boolean ok = kind.equals("min_length") ? answer.length() >= n : answer.length() <= n;
                return ok ? null : issue("error", "criterion", "the answer has " + answer.length()
                        + " characters; criterion " + c, kind.equals("min_length") ? "say more" : "say less");
            default:
                Set<String> wanted = new HashSet<>(Words.terms(c));
                wanted.removeAll(FILLER);
                if (wanted.isEmpty()) {
                    return null;
                }
                Set<String> have = new HashSet<>(Words.terms(answer));
                long hits = wanted.stream().filter(have::contains).count();
                return hits * 2 >= wanted.size() ? null
                        : issue("error", "criterion", "the answer does not address: " + c,
                                "cover " + String.join(", ", wanted));
        }
    }

    private static Map<String, Object> issue(String severity, String type, String message, String suggestion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", severity);
        m.put("type", type);
        m.put("message", message);
        m.put("suggestion", suggestion);
        return m;
    }
}
