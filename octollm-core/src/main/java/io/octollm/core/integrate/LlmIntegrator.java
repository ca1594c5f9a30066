package io.octollm.core.integrate;

import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesises the answer with a chat model when a plan has several steps; a one-step plan's
 * output is used as it is (no model call). When the model fails, the deterministic integrator's
 * answer is used. Thread-safe.
 */
public final class LlmIntegrator implements Integrator {
    private static final Logger LOG = LoggerFactory.getLogger(LlmIntegrator.class);
    private static final int MAX_STEP_CHARS = 4_000;
    private final LlmClient llm;
    private final Integrator fallback;

    /**
     * @param llm the model
     * @param fallback used for one-step plans and when the model fails
     */
    public LlmIntegrator(LlmClient llm, Integrator fallback) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String integrate(TaskContract contract, Plan plan, List<StepResult> results) {
        return integrateWithUsage(contract, plan, results).output();
    }

    @Override
    public Integrated integrateWithUsage(TaskContract contract, Plan plan, List<StepResult> results) {
        if (plan.steps().size() <= 1) {
            return fallback.integrateWithUsage(contract, plan, results);
        }
        StringBuilder sb = new StringBuilder("Goal: ").append(contract.goal()).append("\n\nStep results:\n");
        for (PlanStep s : plan.steps()) {
            StepResult r = results.stream().filter(x -> x.stepId().equals(s.id())).findFirst().orElse(null);
            String out = r == null ? "" : r.output();
            if (out.length() > MAX_STEP_CHARS) {
                out = out.substring(0, MAX_STEP_CHARS) + " [truncated]";
            }
            sb.append("\n### ").append(s.id()).append(": ").append(s.action()).append('\n').append(out).append('\n');
        }
        if (!contract.acceptanceCriteria().isEmpty()) {
            sb.append("\nThe answer must satisfy: ").append(String.join("; ", contract.acceptanceCriteria()));
        }
        try {
            ChatResponse r = llm.chat(new ChatRequest(null, List.of(
                    ChatMessage.system("Combine the step results into one direct answer to the goal. Use only facts "
                            + "from the step results; keep citations such as [file:lines]."),
                    ChatMessage.user(sb.toString())), 0.2, 1_500, false, List.of()));
            if (r.content().isBlank()) {
                return fallback.integrateWithUsage(contract, plan, results);
            }
            return new Integrated(r.content(), r.usage(), r.model());
        } catch (LlmException e) {
            LOG.warn("LLM integration failed ({}); assembling the answer deterministically", e.getMessage());
            return fallback.integrateWithUsage(contract, plan, results);
        }
    }
}
