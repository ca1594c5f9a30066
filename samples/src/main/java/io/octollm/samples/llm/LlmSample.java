package io.octollm.samples.llm;

import io.octollm.core.OctoLlm;
import io.octollm.core.arms.coder.CoderArmProvider;
import io.octollm.core.arms.executor.ToolExecutorArm;
import io.octollm.core.arms.retriever.RetrieverArm;
import io.octollm.core.llm.OpenAiCompatibleClient;
import io.octollm.spi.task.TaskResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Points the engine at an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, vLLM, Ollama,
 * llama.cpp server, LM Studio) taken from the environment, or falls back to the offline arms:
 *
 * <pre>
 * OPENAI_BASE_URL=http://localhost:11434/v1 OCTOLLM_LLM_MODEL=qwen2.5-coder \
 *   java -cp samples/target/octollm.jar io.octollm.samples.llm.LlmSample "write a java function that reverses a string"
 * </pre>
 *
 * <p>{@code OPENAI_API_KEY} is optional (local servers need none). With a model the coder arm joins
 * the offline ones (tool executor, retriever, rule judge); without one the engine runs offline
 * and goals that need a model are refused at planning with a message saying so.
 *
 * <p>Stateless; see {@link Setup} for the thread-safety of what it builds.
 */
public final class LlmSample {
    /** The goal {@link #main} runs with a model when none is given. */
    public static final String LLM_GOAL = "write a java function that reverses a string";
    /** The goal {@link #main} runs offline when none is given. */
    public static final String OFFLINE_GOAL = "list the files in the workspace";

    private LlmSample() {
    }

    /**
     * An engine and the model client it uses; closing it closes both. Thread-safe, like the engine
     * and the client.
     *
     * @param engine the engine
     * @param llm the model client, empty when running offline
     */
    public record Setup(OctoLlm engine, Optional<OpenAiCompatibleClient> llm) implements AutoCloseable {
        /** Requires both. */
        public Setup {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(llm, "llm");
        }

        /** @return "llm (MODEL at URL)" or "offline" */
        public String mode() {
            return llm.map(c -> "llm (" + c.model() + " at " + c.chatCompletionsUrl() + ")").orElse("offline");
        }

        @Override
        public void close() {
            try {
                engine.close();
            } finally {
                llm.ifPresent(OpenAiCompatibleClient::close);
            }
        }
    }

    /**
     * Builds the engine from the environment.
     *
     * @param env the environment, usually {@link System#getenv()}: {@code OPENAI_BASE_URL} and
     *     {@code OCTOLLM_LLM_MODEL} switch the model on; {@code OPENAI_API_KEY} is sent when present
     * @param workspace folder the tool executor runs in and the retriever indexes
     * @return the engine and its client; close it
     * @throws IllegalArgumentException when {@code OPENAI_BASE_URL} is set but not an http(s) URL
     */
    public static Setup setup(Map<String, String> env, Path workspace) {
        Optional<OpenAiCompatibleClient> llm = OpenAiCompatibleClient.fromEnvironment(env);
        OctoLlm.Builder b = OctoLlm.builder()
                .workspace(workspace)
                .arm(ToolExecutorArm.builder(workspace).build())
                .arm(new RetrieverArm(workspace, 5));
        llm.ifPresent(client -> b.llm(client).armProvider(new CoderArmProvider()));
        try {
            return new Setup(b.build(), llm);
        } catch (RuntimeException e) {
            llm.ifPresent(OpenAiCompatibleClient::close);
            throw e;
        }
    }

    /**
     * @param args the goal (default: {@link #LLM_GOAL} with a model, {@link #OFFLINE_GOAL} without)
     */
    public static void main(String[] args) {
        Path workspace = Path.of(".").toAbsolutePath().normalize();
        boolean completed;
        try (Setup s = setup(System.getenv(), workspace)) {
            String goal = args.length > 0 ? String.join(" ", args)
                    : s.llm().isPresent() ? LLM_GOAL : OFFLINE_GOAL;
            System.err.println("mode: " + s.mode() + (s.llm().isPresent() ? ""
                    : " (set OPENAI_BASE_URL and OCTOLLM_LLM_MODEL to use a model)"));
            TaskResult r = s.engine().run(goal);
            System.err.println(r.status().name().toLowerCase(java.util.Locale.ROOT) + " (" + r.stopReason() + "), "
                    + r.usage() + (r.message().isBlank() ? "" : ": " + r.message()));
            System.out.println(r.output());
            completed = r.isCompleted();
        }
        System.exit(completed ? 0 : 1);
    }
}
