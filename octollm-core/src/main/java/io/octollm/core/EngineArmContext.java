package io.octollm.core;

import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The context the engine lends arms: shared models, the memory store, workspace and clock. */
record EngineArmContext(Optional<LlmClient> llm, Optional<EmbeddingModel> embeddings, MemoryStore memory,
        Path workspace, Clock clock) implements ArmContext {
}
