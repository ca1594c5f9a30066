package io.octollm.spi.llm;

import java.util.List;

/** Turns texts into vectors. Thread-safe. Failures are {@link LlmException}s. */
public interface EmbeddingModel {
    /** @return the model id */
    String model();

    /**
     * @param texts texts to embed, at least one
     * @return one vector per text, in the same order
     * @throws LlmException on failure
     */
    List<float[]> embed(List<String> texts);

    /**
     * @param text one text
     * @return its vector
     */
    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
