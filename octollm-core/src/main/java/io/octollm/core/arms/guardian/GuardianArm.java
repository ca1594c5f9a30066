package io.octollm.core.arms.guardian;

import io.octollm.reflex.Finding;
import io.octollm.reflex.pii.PiiDetector;
import io.octollm.reflex.pii.Redaction;
import io.octollm.reflex.pii.RedactionStrategy;
import io.octollm.reflex.pii.Redactor;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a text (an answer, a step output) before it leaves the engine.
 *
 * <ol>
 *   <li>PII and secrets with the reflex detectors (linear time); each finding's risk follows its
 *       type (email/phone medium, IP low, SSN/card/secret critical, ...);</li>
 *   <li>content: {@code <script} tags and SQL-injection markers ({@code union select},
 *       {@code ' or '1'='1}, {@code ; drop table}, ...) are high risk; {@code ../../} path
 *       traversal is high, a single {@code ../} low;</li>
 *   <li>the host's {@link PolicyRule}s.</li>
 * </ol>
 * The highest risk decides: none → pass, low → warn, medium → redact (PII and secrets replaced
 * by typed placeholders), high or critical → block. Output data: {@code safe}, {@code risk},
 * {@code action}, {@code blocked}, {@code issues}, {@code sanitized_text}. The text comes from
 * {@code inputs["output"]}, or all inputs joined, or the instruction. Thread-safe.
 */
@Singleton
public final class GuardianArm implements Arm {
    private static final ArmCapability CAPABILITY = ArmCapability.of("guardian",
            "Scans text for PII, secrets, dangerous content and policy violations; redacts or blocks",
            Set.of("safety", "output_validation", "pii_detection"),
            Set.of("scan", "pii", "secrets", "sanitize", "redact", "safety", "leak"), 2, 64);
    private static final List<String> SQL_MARKERS = List.of("union select", "union all select", "' or '1'='1",
            "' or 1=1", "\" or \"1\"=\"1", "; drop table", ";drop table", "xp_cmdshell", "'; --", "'--");

    private final PiiDetector pii;
    private final Redactor redactor = Redactor.of(RedactionStrategy.placeholder());
    private final List<PolicyRule> rules;
    private final Risk blockAt;

    /** A guardian with the standard PII set, no policy rules, blocking at HIGH. */
    @Inject
    public GuardianArm() {
        this(PiiDetector.standard(), List.of(), Risk.HIGH);
    }

    /**
     * @param pii the PII and secret detector
     * @param rules host policy rules
     * @param blockAt the lowest risk that blocks (HIGH by default; CRITICAL to block less)
     */
    public GuardianArm(PiiDetector pii, List<PolicyRule> rules, Risk blockAt) {
        this.pii = Objects.requireNonNull(pii, "pii");
        this.rules = List.copyOf(rules);
        this.blockAt = Objects.requireNonNull(blockAt, "blockAt");
        if (blockAt.compareTo(Risk.MEDIUM) <= 0) {
            throw new IllegalArgumentException("blockAt must be HIGH or CRITICAL, was " + blockAt);
        }
    }

    @Override
    public ArmCapability capability() {
        return CAPABILITY;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        String text = request.inputs().get("output");
        if (text == null) {
            text = request.inputs().isEmpty() ? request.instruction() : String.join("\n", request.inputs().values());
        }
        Map<String, Object> data = check(text);
        boolean blocked = Boolean.TRUE.equals(data.get("blocked"));
        String out = blocked ? "blocked: " + data.get("risk") + " risk"
                : String.valueOf(data.get("sanitized_text"));
        return ArmResult.ok(out, data, 0.9);
    }

    /**
     * @param text the text to check
     * @return safe, risk, action, blocked, issues, sanitized_text
     */
    public Map<String, Object> check(String text) {
        List<Map<String, Object>> issues = new ArrayList<>();
        Risk max = Risk.NONE;
        List<Finding> found = pii.detect(text);
        for (Finding f : found) {
            Risk r = switch (f.severity()) {
                case LOW -> Risk.LOW;
                case MEDIUM -> Risk.MEDIUM;
                case HIGH -> Risk.HIGH;
                case CRITICAL -> Risk.CRITICAL;
            };
            max = max(max, r);
            issues.add(issue(f.category() == Finding.Category.SECRET ? "secret" : "pii", r,
                    f.type() + " found", f.start(), f.end()));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int script = lower.indexOf("<script");
        if (script >= 0) {
            max = max(max, Risk.HIGH);
            issues.add(issue("content", Risk.HIGH, "script tag", script, script + 7));
        }
        for (String m : SQL_MARKERS) {
            int at = lower.indexOf(m);
            if (at >= 0) {
                max = max(max, Risk.HIGH);
                issues.add(issue("content", Risk.HIGH, "SQL injection marker '" + m + "'", at, at + m.length()));
                break;
            }
        }
        int deep = Math.max(lower.indexOf("../../"), lower.indexOf("..\\..\\"));
        int shallow = Math.max(lower.indexOf("../"), lower.indexOf("..\\"));
        if (deep >= 0) {
            max = max(max, Risk.HIGH);
            issues.add(issue("content", Risk.HIGH, "path traversal", deep, deep + 6));
        } else if (shallow >= 0) {
            max = max(max, Risk.LOW);
            issues.add(issue("content", Risk.LOW, "relative parent path", shallow, shallow + 3));
        }
        for (PolicyRule rule : rules) {
            for (String p : rule.patterns()) {
                int at = lower.indexOf(p);
                if (at >= 0) {
                    max = max(max, rule.risk());
                    issues.add(issue("policy", rule.risk(), "policy " + rule.name(), at, at + p.length()));
                    break;
                }
            }
        }
        String action;
        boolean blocked = false;
        String sanitized = text;
        if (max.compareTo(blockAt) >= 0) {
            action = "block";
            blocked = true;
            sanitized = "";
        } else if (max == Risk.MEDIUM || (!found.isEmpty() && max.compareTo(Risk.LOW) >= 0)) {
            action = found.isEmpty() ? "warn" : "redact";
            if (!found.isEmpty()) {
                Redaction r = redactor.redact(text, found);
                sanitized = r.text();
            }
        } else {
            action = max == Risk.NONE ? "pass" : "warn";
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("safe", max.compareTo(Risk.HIGH) < 0);
        data.put("risk", max.name().toLowerCase(Locale.ROOT));
        data.put("action", action);
        data.put("blocked", blocked);
        data.put("issues", issues);
        data.put("sanitized_text", sanitized);
        return data;
    }

    private static Risk max(Risk a, Risk b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Map<String, Object> issue(String type, Risk risk, String message, int start, int end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("risk", risk.name().toLowerCase(Locale.ROOT));
        m.put("message", message);
        m.put("start", start);
        m.put("end", end);
        return m;
    }
}
