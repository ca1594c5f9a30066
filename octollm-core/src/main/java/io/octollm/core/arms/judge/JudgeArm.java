package io.octollm.core.arms.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.octollm.spi.Usage;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default judge. It always applies the rule layer ({@link RuleJudgeArm}); when the engine has
 * a chat model and the task has acceptance criteria, it also asks the model for a JSON verdict
 * per criterion ({@code {"valid": bool, "issues": [{"severity","type","message","suggestion"}]}}).
 * For CRITICAL tasks the model judges three times and the majority decides (a quorum of judges).
 * An unreadable or failed model verdict is reported as a warning and the rule verdict stands.
 * Thread-safe.
 */
@Singleton
public final class JudgeArm implements Arm {
    private static final ArmCapability CAPABILITY = ArmCapability.of("judge",
            "Validates answers with rule checks and, with an LLM, a check of each acceptance criterion",
            Set.of("result_validation", "quality_assurance"), Set.of(), 2, 64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuleJudgeArm rules;

    /** A judge with the default rule layer. */
    @Inject
    public JudgeArm() {
        this(new RuleJudgeArm());
    }

    /** @param rules the rule layer */
    public JudgeArm(RuleJudgeArm rules) {
        this.rules = rules;
    }

    @Override
    public ArmCapability capability() {
        return CAPABILITY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ArmResult execute(ArmRequest request, ArmContext context) {
        ArmResult ruled = rules.execute(request, context);
        Optional<LlmClient> llm = context == null ? Optional.empty() : context.llm();
        if (llm.isEmpty() || request.criteria().isEmpty()) {
            return ruled;
        }
        List<Map<String, Object>> issues = new ArrayList<>((List<Map<String, Object>>) ruled.data().get("issues"));
        int judges = "CRITICAL".equals(String.valueOf(request.parameters().get("priority"))) ? 3 : 1;
        int votesValid = 0;
        int votes = 0;
        Usage usage = Usage.ZERO;
        String model = null;
        List<Map<String, Object>> llmIssues = new ArrayList<>();
        for (int i = 0; i < judges; i++) {
            try {
                ChatResponse r = llm.get().chat(new ChatRequest(null, List.of(
                        ChatMessage.system("You check whether an answer meets acceptance criteria. Reply with JSON "
                                + "only: {\"valid\": true|false, \"issues\": [{\"severity\": \"error|warning\", "
                                + "\"type\": \"criterion\", \"message\": \"...\", \"suggestion\": \"...\"}]}"),
                        ChatMessage.user("Goal: " + request.parameters().getOrDefault("goal", "") + "\nCriteria:\n- "
                                + String.join("\n- ", request.criteria()) + "\n\nAnswer:\n"
                                + request.inputs().getOrDefault("output", ""))),
                        judges == 1 ? 0.0 : 0.7, 500, false, List.of()));
                usage = usage.plus(r.usage());
                model = r.model();
                JsonNode v = JSON.readTree(io.octollm.core.plan.LlmPlannerJson.extract(r.content()));
                votes++;
                if (v.path("valid").asBoolean(false)) {
                    votesValid++;
                } else if (llmIssues.isEmpty()) {
                    for (JsonNode is : v.path("issues")) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("severity", is.path("severity").asText("error"));
                        m.put("type", is.path("type").asText("criterion"));
                        m.put("message", is.path("message").asText("a criterion is not met"));
                        m.put("suggestion", is.path("suggestion").asText(""));
                        llmIssues.add(m);
                    }
                }
            } catch (LlmException | com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", "warning");
                m.put("type", "llm_judge");
                m.put("message", "the model's verdict could not be used: " + e.getMessage());
                m.put("suggestion", "");
                issues.add(m);
            }
        }
        boolean llmValid = votes == 0 || votesValid * 2 > votes;
        if (!llmValid) {
            if (llmIssues.isEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", "error");
                m.put("type", "criterion");
                m.put("message", "the model judged that the answer does not meet the criteria");
                m.put("suggestion", "address every acceptance criterion");
                llmIssues.add(m);
            }
            issues.addAll(llmIssues);
        }
        boolean valid = Boolean.TRUE.equals(ruled.data().get("valid")) && llmValid;
        Map<String, Object> data = new LinkedHashMap<>(ruled.data());
        data.put("valid", valid);
        data.put("issues", issues);
        data.put("llm_votes", votes);
        data.put("llm_votes_valid", votesValid);
        double confidence = votes == 0 ? ruled.confidence() : (ruled.confidence() + votesValid / (double) votes) / 2;
        ArmResult out = ArmResult.ok(valid ? "valid" : "invalid: " + issues.size() + " issue(s)", data,
                Math.max(0, Math.min(1, confidence))).withUsage(usage);
        return model == null ? out : out.withAttributes(Map.of("model", model));
    }
}
