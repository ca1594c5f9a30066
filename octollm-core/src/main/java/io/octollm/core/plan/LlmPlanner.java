package io.octollm.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.octollm.spi.Usage;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.TaskContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans with a chat model: the prompt lists the arm catalogue and the task and asks for a JSON
 * plan (in the prompt, not with the server's JSON mode, which many OpenAI-compatible servers lack
 * or enforce strictly); the answer is parsed tolerating code fences and surrounding prose, and validated as a DAG
 * over known arms. An invalid answer is retried twice with the validation errors fed back; after
 * that, or when the model fails, the fallback planner (the heuristic one) plans instead, and the
 * plan's rationale says why. Thread-safe.
 */
public final class LlmPlanner implements Planner {
    private static final Logger LOG = LoggerFactory.getLogger(LlmPlanner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STEPS = 10;

    private final LlmClient llm;
    private final Planner fallback;

    /**
     * @param llm the model
     * @param fallback the planner used when the model cannot produce a valid plan
     */
    public LlmPlanner(LlmClient llm, Planner fallback) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String name() {
        return "llm";
    }

    @Override
    public boolean wantsMemory() {
        return true;
    }

    @Override
    public Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback) {
        return planWithUsage(contract, arms, feedback, TaskMemory.EMPTY).plan();
    }

    @Override
    public Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback, TaskMemory memory) {
        return planWithUsage(contract, arms, feedback, memory).plan();
    }

    @Override
    public PlanResult planWithUsage(TaskContract contract, List<ArmCapability> arms, List<String> feedback,
            TaskMemory memory) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(systemPrompt(arms)));
        messages.add(ChatMessage.user(taskPrompt(contract, feedback, memory)));
        Usage usage = Usage.ZERO;
        String model = null;
        int calls = 0;
        List<String> errors = List.of();
        for (int attempt = 0; attempt < 3; attempt++) {
            ChatResponse answer;
            try {
                answer = llm.chat(new ChatRequest(null, messages, 0.2, 2_000, false, List.of()));
            } catch (LlmException e) {
                LOG.warn("LLM planner failed ({}); using the {} planner", e.getMessage(), fallback.name());
                return fallback(contract, arms, feedback, memory, usage, model, calls, "the model failed: "
                        + e.kind());
            }
            calls++;
            usage = usage.plus(answer.usage());
            model = answer.model();
            List<String> found = new ArrayList<>();
            Plan plan = parse(answer.content(), arms, found);
            if (plan != null && found.isEmpty()) {
                return new PlanResult(plan, usage, model, calls);
            }
            errors = found;
            messages.add(ChatMessage.assistant(answer.content()));
            messages.add(ChatMessage.user("That plan is invalid: " + String.join("; ", found)
                    + ". Reply again with the corrected JSON plan only."));
        }
        return fallback(contract, arms, feedback, memory, usage, model, calls, "the model's plans stayed invalid: "
                + String.join("; ", errors));
    }

    private PlanResult fallback(TaskContract contract, List<ArmCapability> arms, List<String> feedback,
            TaskMemory memory, Usage usage, String model, int calls, String why) {
        PlanResult r = fallback.planWithUsage(contract, arms, feedback, memory);
        Plan p = r.plan();
        Plan annotated = new Plan(p.steps(), "fallback to " + fallback.name() + " planner because " + why
                + (p.rationale().isEmpty() ? "" : "; " + p.rationale()), p.source());
        return new PlanResult(annotated, usage.plus(r.usage()), model, calls + r.llmCalls());
    }

    static String systemPrompt(List<ArmCapability> arms) {
        StringBuilder sb = new StringBuilder();
        sb.append("You are the planner of a task orchestrator. Break the user's goal into 1 to ").append(MAX_STEPS)
                .append(" steps. Each step is done by exactly one of these arms:\n");
        for (ArmCapability a : arms) {
            sb.append("- ").append(a.armId()).append(": ").append(a.description()).append(" (tags: ")
                    .append(String.join(", ", new TreeSet<>(a.tags()))).append(")\n");
        }
        sb.append("""
                Steps that do not need each other's results must not depend on each other, so they can run \
                in parallel. A step may depend only on earlier steps.
                Reply with one JSON object and nothing else:
                {"steps": [{"id": "s1", "action": "what the arm must do", "arm": "<arm id>", \
                "depends_on": [], "criteria": ["what its output must satisfy"], "estimated_duration_seconds": 5, \
                "estimated_cost_usd": 0.001}], "rationale": "why"}""");
        return sb.toString();
    }

    private static String taskPrompt(TaskContract c, List<String> feedback, TaskMemory memory) {
        StringBuilder sb = new StringBuilder("Goal: ").append(c.goal());
        if (!c.constraints().isEmpty()) {
            sb.append("\nConstraints: ").append(String.join("; ", c.constraints()));
        }
        if (!c.acceptanceCriteria().isEmpty()) {
            sb.append("\nAcceptance criteria: ").append(String.join("; ", c.acceptanceCriteria()));
        }
        if (!memory.related().isEmpty()) {
            sb.append("\nRelated documents: ");
            memory.related().forEach(d -> sb.append(d.document().source()).append(' '));
        }
        if (!feedback.isEmpty()) {
            sb.append("\nA previous plan was rejected: ").append(String.join("; ", feedback));
        }
        return sb.toString();
    }

    /**
     * Parses a plan out of a model's answer.
     *
     * @param text the answer (JSON, possibly in a code fence or surrounded by prose)
     * @param arms the arms steps may name
     * @param errors receives every problem found
     * @return the plan, or null when none could be read
     */
    static Plan parse(String text, List<ArmCapability> arms, List<String> errors) {
        String json = extractJson(text);
        if (json == null) {
            errors.add("the answer contains no JSON object");
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            errors.add("the answer is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        JsonNode stepsNode = root.isArray() ? root : root.path("steps");
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            errors.add("the plan has no \"steps\" array");
            return null;
        }
        if (stepsNode.size() > MAX_STEPS) {
            errors.add("the plan has " + stepsNode.size() + " steps; at most " + MAX_STEPS);
        }
        Set<String> known = new HashSet<>();
        for (ArmCapability a : arms) {
            known.add(a.armId());
        }
        List<PlanStep> steps = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int n = 0;
        for (JsonNode s : stepsNode) {
            n++;
            String id = text(s, "id", "step_id", "step");
            if (id == null || id.isBlank()) {
                id = "s" + n;
            }
            String action = text(s, "action", "description", "instruction");
            String arm = text(s, "arm", "arm_id", "required_arm");
            if (action == null || action.isBlank()) {
                errors.add("step " + id + " has no action");
                continue;
            }
            if (arm == null || !known.contains(arm)) {
                errors.add("step " + id + " names arm '" + arm + "', which is not one of " + new TreeSet<>(known));
                continue;
            }
            if (index.putIfAbsent(id, steps.size()) != null) {
                errors.add("step id " + id + " is used twice");
                continue;
            }
            List<String> deps = new ArrayList<>();
            JsonNode d = s.has("depends_on") ? s.get("depends_on") : s.path("dependencies");
            for (JsonNode dep : d) {
                String depId = dep.asText();
                if (depId.matches("\\d+")) {
                    depId = "s" + depId;
                }
                if (!index.containsKey(depId) || depId.equals(id)) {
                    errors.add("step " + id + " depends on '" + depId + "', which is not an earlier step");
                } else {
                    deps.add(depId);
                }
            }
            List<String> criteria = new ArrayList<>();
            JsonNode crit = s.has("criteria") ? s.get("criteria") : s.path("acceptance_criteria");
            for (JsonNode c : crit) {
                criteria.add(c.asText());
            }
            Map<String, Object> params = new HashMap<>();
            for (String est : new String[] {"estimated_cost_usd", "estimated_duration_seconds"}) {
                if (s.hasNonNull(est) && s.get(est).isNumber()) {
                    params.put(est, s.get(est).asDouble());
                }
            }
            steps.add(new PlanStep(id, action, null, arm, deps, criteria, params));
        }
        if (steps.isEmpty()) {
            return null;
        }
        return new Plan(steps, root.path("rationale").asText(""), "llm");
    }

    private static String text(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }

    /** The outermost JSON object or array in the text, code fences and prose stripped; null when none. */
    static String extractJson(String text) {
        return io.octollm.core.internal.JsonText.extract(text);
    }
}
