package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.core.arms.coder.CoderArm;
import io.octollm.core.arms.executor.ToolExecutorArm;
import io.octollm.core.arms.guardian.GuardianArm;
import io.octollm.core.llm.OpenAiCompatibleClient;
import java.util.Map;
import java.util.Optional;
import io.octollm.core.arms.retriever.RetrieverArm;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the tool assembles an engine: one place, so every command runs the same defaults. */
final class Engines {
    private Engines() {
    }

    /**
     * The offline defaults: the tool executor in {@code workspace}, the retriever over
     * {@code docs}, the rule judge, in-memory stores, and any arm plug-ins on the class path.
     *
     * @param workspace folder commands run in
     * @param docs folder the retriever indexes
     * @return a builder the caller may extend (stores, listeners, LLM)
     * @throws UsageException when a folder does not exist
     */
    static OctoLlm.Builder offline(Path workspace, Path docs) throws UsageException {
        if (!Files.isDirectory(workspace)) {
            throw new UsageException("workspace " + workspace + " is not a directory");
        }
        if (!Files.isDirectory(docs)) {
            throw new UsageException("docs folder " + docs + " is not a directory");
        }
        return OctoLlm.builder()
                .workspace(workspace)
                .arm(ToolExecutorArm.builder(workspace).build())
                .arm(new RetrieverArm(docs, 5))
                .arm(new GuardianArm());
    }

    /**
     * The chat model from options or the environment: {@code --llm-base-url} / {@code OPENAI_BASE_URL},
     * {@code --llm-model} / {@code OCTOLLM_LLM_MODEL}, and {@code OPENAI_API_KEY}. Empty when no base
     * URL is given: the tool then runs offline.
     *
     * @param baseUrl the option's value, or null
     * @param model the option's value, or null
     * @param env the environment
     * @return the client, if configured
     * @throws UsageException when a base URL is given without a model, or is not a URL
     */
    static Optional<OpenAiCompatibleClient> llm(String baseUrl, String model, Map<String, String> env)
            throws UsageException {
        String url = baseUrl != null ? baseUrl : env.get("OPENAI_BASE_URL");
        String m = model != null ? model : env.get("OCTOLLM_LLM_MODEL");
        if (url == null || url.isBlank()) {
            if (model != null) {
                throw new UsageException("--llm-model needs --llm-base-url (or OPENAI_BASE_URL)");
            }
            return Optional.empty();
        }
        if (m == null || m.isBlank()) {
            throw new UsageException("an LLM base URL needs a model: --llm-model or OCTOLLM_LLM_MODEL");
        }
        try {
            OpenAiCompatibleClient.Builder b = OpenAiCompatibleClient.builder().baseUrl(url.trim()).model(m.trim());
            String key = env.get("OPENAI_API_KEY");
            if (key != null && !key.isBlank()) {
                b.apiKey(key.trim());
            }
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad LLM settings: " + e.getMessage());
        }
    }

    /**
     * Adds the model and the arms that need one (the coder) to a builder.
     *
     * @param builder the engine builder
     * @param llm the client
     * @return the builder
     */
    static OctoLlm.Builder withLlm(OctoLlm.Builder builder, OpenAiCompatibleClient llm) {
        return builder.llm(llm).arm(new CoderArm());
    }
}
