package io.octollm.core.arms.coder;

import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** An arm context with an optional model and a fixed clock; the coder needs no store or workspace. */
final class FakeArmContext implements ArmContext {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final LlmClient llm;

    FakeArmContext(LlmClient llm) {
        this.llm = llm;
    }

    @Override
    public Optional<LlmClient> llm() {
        return Optional.ofNullable(llm);
    }

    @Override
    public Optional<EmbeddingModel> embeddings() {
        return Optional.empty();
    }

    @Override
    public MemoryStore memory() {
        throw new UnsupportedOperationException("the coder arm does not use the memory store");
    }

    @Override
    public Path workspace() {
        throw new UnsupportedOperationException("the coder arm does not use the workspace");
    }

    @Override
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
