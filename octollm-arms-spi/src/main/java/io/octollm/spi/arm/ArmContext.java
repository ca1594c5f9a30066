package io.octollm.spi.arm;

import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What the engine lends an arm for one call: the models and stores the host configured, the
 * task's workspace and the engine's clock. Implementations are thread-safe; an arm may keep no
 * reference to it after the call returns.
 */
public interface ArmContext {
    /** @return the chat model, when the host configured one */
    Optional<LlmClient> llm();

    /** @return the embedding model, when the host configured one */
    Optional<EmbeddingModel> embeddings();

    /** @return the memory store (documents, entities, history) */
    MemoryStore memory();

    /** @return a directory private to this task; tools run inside it */
    Path workspace();

    /** @return the engine's clock; use it instead of the system clock so tests can control time */
    Clock clock();
}
