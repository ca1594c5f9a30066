package io.octollm.jdbc.internal;

import io.octollm.spi.task.Budget;
import io.octollm.spi.task.JudgeIssue;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Internal, may change. Converts the task records that are stored as JSON text (contract, plan,
 * judge issues, timings, step data) and the enum columns (lower-case names; priority as 0..3 so
 * that {@code ORDER BY priority DESC} is most urgent first). Stateless and thread-safe.
 */
public final class TaskCodec {
    private TaskCodec() {
    }

    /** @param s status @return its column value */
    public static String status(TaskStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** @param s column value @return the status */
    public static TaskStatus status(String s) {
        return TaskStatus.valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** @param p priority @return 0 (LOW) .. 3 (CRITICAL) */
    public static int priority(Priority p) {
        return p.ordinal();
    }

    /** @param p 0..3 @return the priority */
    public static Priority priority(int p) {
        return Priority.values()[Math.max(0, Math.min(Priority.values().length - 1, p))];
    }

    /**
     * @param c contract
     * @return its JSON text
     */
    public static String contract(TaskContract c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskId", c.taskId());
        m.put("goal", c.goal());
        m.put("constraints", c.constraints());
        m.put("context", c.context());
        m.put("acceptanceCriteria", c.acceptanceCriteria());
        Budget b = c.budget();
        Map<String, Object> bm = new LinkedHashMap<>();
        bm.put("maxTokens", b.maxTokens());
        bm.put("maxCostUsd", b.maxCostUsd());
        bm.put("maxDurationMs", b.maxDuration().toMillis());
        bm.put("maxRetries", b.maxRetries());
        bm.put("maxSteps", b.maxSteps());
        m.put("budget", bm);
        m.put("priority", c.priority().name().toLowerCase(Locale.ROOT));
        m.put("parentTaskId", c.parentTaskId());
        m.put("requiredCapabilities", new ArrayList<>(c.requiredCapabilities()));
        m.put("deadline", c.deadline() == null ? null : c.deadline().toString());
        m.put("tenantId", c.tenantId());
        m.put("userId", c.userId());
        m.put("metadata", c.metadata());
        return Json.write(m);
    }

    /**
     * @param json JSON text written by {@link #contract(TaskContract)}
     * @return the contract
     */
    public static TaskContract contract(String json) {
        Map<String, Object> m = Json.parseObject(json);
        Map<String, Object> bm = map(m.get("budget"));
        Budget budget = new Budget(num(bm.get("maxTokens")).longValue(), num(bm.get("maxCostUsd")).doubleValue(),
                Duration.ofMillis(num(bm.get("maxDurationMs")).longValue()), num(bm.get("maxRetries")).intValue(),
                num(bm.get("maxSteps")).intValue());
        String deadline = (String) m.get("deadline");
        return new TaskContract((String) m.get("taskId"), (String) m.get("goal"), strings(m.get("constraints")),
                stringMap(m.get("context")), strings(m.get("acceptanceCriteria")), budget,
                Priority.valueOf(((String) m.get("priority")).toUpperCase(Locale.ROOT)), (String) m.get("parentTaskId"),
                new LinkedHashSet<>(strings(m.get("requiredCapabilities"))),
                deadline == null ? null : Instant.parse(deadline), (String) m.get("tenantId"), (String) m.get("userId"),
                stringMap(m.get("metadata")));
    }

    /**
     * @param p plan, or null
     * @return JSON text, or null
     */
    public static String plan(Plan p) {
        if (p == null) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        for (PlanStep s : p.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("action", s.action());
            m.put("capability", s.capability());
            m.put("armId", s.armId());
            m.put("dependsOn", s.dependsOn());
            m.put("criteria", s.criteria());
            m.put("parameters", s.parameters());
            steps.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steps", steps);
        m.put("rationale", p.rationale());
        m.put("source", p.source());
        return Json.write(m);
    }

    /**
     * @param json JSON text or null
     * @return the plan, or null
     */
    public static Plan plan(String json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> m = Json.parseObject(json);
        List<PlanStep> steps = new ArrayList<>();
        for (Object o : (List<?>) m.get("steps")) {
            Map<String, Object> s = map(o);
            steps.add(new PlanStep((String) s.get("id"), (String) s.get("action"), (String) s.get("capability"),
                    (String) s.get("armId"), strings(s.get("dependsOn")), strings(s.get("criteria")),
                    map(s.get("parameters"))));
        }
        return new Plan(steps, (String) m.get("rationale"), (String) m.get("source"));
    }

    /**
     * @param issues judge issues
     * @return JSON text
     */
    public static String issues(List<JudgeIssue> issues) {
        List<Object> l = new ArrayList<>();
        for (JudgeIssue i : issues) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", i.severity());
            m.put("type", i.type());
            m.put("message", i.message());
            m.put("suggestion", i.suggestion());
            m.put("stepId", i.stepId());
            l.add(m);
        }
        return Json.write(l);
    }

    /**
     * @param json JSON text or null
     * @return the issues
     */
    public static List<JudgeIssue> issues(String json) {
        List<JudgeIssue> out = new ArrayList<>();
        if (json == null) {
            return out;
        }
        for (Object o : (List<?>) Json.parse(json)) {
            Map<String, Object> m = map(o);
            out.add(new JudgeIssue((String) m.get("severity"), (String) m.get("type"), (String) m.get("message"),
                    (String) m.get("suggestion"), (String) m.get("stepId")));
        }
        return out;
    }

    /**
     * @param timings phase timings
     * @return JSON text of nanoseconds per phase
     */
    public static String timings(Map<String, Duration> timings) {
        Map<String, Object> m = new LinkedHashMap<>();
        timings.forEach((k, v) -> m.put(k, v.toNanos()));
        return Json.write(m);
    }

    /**
     * @param json JSON text or null
     * @return the timings
     */
    public static Map<String, Duration> timings(String json) {
        Map<String, Duration> out = new LinkedHashMap<>();
        if (json != null) {
            Json.parseObject(json).forEach((k, v) -> out.put(k, Duration.ofNanos(num(v).longValue())));
        }
        return out;
    }

    /**
     * @param o a parsed JSON object
     * @return it as a map (empty for null)
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
    }

    /**
     * @param o a parsed JSON object with string values
     * @return it as a string map (empty for null)
     */
    public static Map<String, String> stringMap(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        map(o).forEach((k, v) -> out.put(k, (String) v));
        return out;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o != null) {
            for (Object x : (List<?>) o) {
                out.add((String) x);
            }
        }
        return out;
    }

    private static Number num(Object o) {
        return (Number) o;
    }
}
