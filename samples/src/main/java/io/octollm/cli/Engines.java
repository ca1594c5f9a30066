package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.core.arms.executor.ToolExecutorArm;
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
                .arm(new RetrieverArm(docs, 5));
    }
}
