package io.octollm.core.llm;

import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A micro-batcher in front of an {@link EmbeddingModel}: {@link #embed} calls that arrive within
 * {@code maxWait} of each other are sent as one request of up to {@code maxBatchSize} texts. Each
 * caller gets its own vectors back, in its own order; when the batch fails, every caller in it gets
 * the same {@link LlmException}. A call with {@code maxBatchSize} texts or more bypasses batching.
 *
 * <p>A batch goes out as soon as it is full (on the thread that filled it) or when the oldest
 * call in it has waited {@code maxWait} (on the executor). Thread-safe; {@link #close()} stops the
 * timer thread and the default executor.
 */
public final class EmbeddingBatcher implements EmbeddingModel, AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final EmbeddingModel delegate;
    private final int maxBatchSize;
    private final Duration maxWait;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final ScheduledExecutorService timer;
    private final ReentrantLock lock = new ReentrantLock();
    private Batch open;
    private boolean closed;

    private EmbeddingBatcher(Builder b) {
        this.delegate = b.delegate;
        this.maxBatchSize = b.maxBatchSize;
        this.maxWait = b.maxWait;
        if (b.executor != null) {
            this.executor = b.executor;
            this.ownedExecutor = null;
        } else {
            this.ownedExecutor = Executors.newCachedThreadPool(r -> daemon(r, "octollm-embedding-batch-"));
            this.executor = ownedExecutor;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "octollm-embedding-timer-"));
    }

    /**
     * @param delegate the model that embeds each batch (usually an {@link OpenAiCompatibleClient})
     * @return a builder, defaults 16 texts and 5 ms
     */
    public static Builder builder(EmbeddingModel delegate) {
        return new Builder(delegate);
    }

    /** @return the delegate's model id */
    @Override
    public String model() {
        return delegate.model();
    }

    /**
     * @param texts texts, at least one
     * @return one vector per text, in order
     * @throws IllegalArgumentException when {@code texts} is empty
     * @throws IllegalStateException when the batcher is closed
     * @throws LlmException when the batch this call joined failed, or when interrupted while waiting
     *     (kind {@code UNAVAILABLE}, with the interrupt flag restored)
     */
    @Override
    public List<float[]> embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("texts must not be empty");
        }
        List<String> input = List.copyOf(texts);
        if (input.size() >= maxBatchSize) {
            return delegate.embed(input);
        }
        Pending pending = new Pending(input);
        Batch full = null;
        lock.lock();
        try {
            if (open != null && open.size + input.size() > maxBatchSize) {
                full = takeOpen(); // does not fit: send what is waiting, start a new batch
            }
            if (closed) {
                throw new IllegalStateException("the embedding batcher is closed");
            }
            if (open == null) {
                Batch batch = new Batch();
                batch.timer = timer.schedule(() -> flushOnTimer(batch), maxWait.toNanos(), TimeUnit.NANOSECONDS);
                open = batch;
            }
            open.add(pending);
            if (open.size >= maxBatchSize) {
                // only reachable when nothing was taken above: input alone is smaller than a batch
                full = takeOpen();
            }
        } finally {
            lock.unlock();
        }
        if (full != null) {
            send(full);
        }
        return await(pending);
    }

    /** Stops the timer thread and the default executor; batches still open are sent first. */
    @Override
    public void close() {
        Batch last;
        lock.lock();
        try {
            closed = true;
            last = takeOpen();
        } finally {
            lock.unlock();
        }
        if (last != null) {
            send(last);
        }
        timer.shutdownNow();
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    private Batch takeOpen() {
        Batch batch = open;
        open = null;
        if (batch != null && batch.timer != null) {
            batch.timer.cancel(false);
        }
        return batch;
    }

    private void flushOnTimer(Batch batch) {
        lock.lock();
        try {
            if (open != batch) {
                return; // already sent because it filled up
            }
            open = null;
        } finally {
            lock.unlock();
        }
        try {
            executor.execute(() -> send(batch));
        } catch (RuntimeException rejected) {
            send(batch);
        }
    }

    private void send(Batch batch) {
        List<String> all = new ArrayList<>(batch.size);
        for (Pending p : batch.pending) {
            all.addAll(p.texts);
        }
        List<float[]> vectors;
        try {
            vectors = delegate.embed(all);
            if (vectors == null || vectors.size() != all.size()) {
                throw Wire.badResponse("the embedding model returned " + (vectors == null ? 0 : vectors.size())
                        + " vectors for " + all.size() + " texts", null);
            }
        } catch (RuntimeException e) {
            for (Pending p : batch.pending) {
                p.result.completeExceptionally(e);
            }
            return;
        }
        int offset = 0;
        for (Pending p : batch.pending) {
            p.result.complete(List.copyOf(vectors.subList(offset, offset + p.texts.size())));
            offset += p.texts.size();
        }
    }

    private static List<float[]> await(Pending pending) {
        try {
            return pending.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE,
                    "interrupted while waiting for an embedding batch", false, null, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new LlmException(Wire.COMPONENT, LlmException.Kind.UNAVAILABLE, "embedding batch failed: " + cause,
                    false, null, cause);
        }
    }

    private static Thread daemon(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    private static final class Pending {
        final List<String> texts;
        final CompletableFuture<List<float[]>> result = new CompletableFuture<>();

        Pending(List<String> texts) {
            this.texts = texts;
        }
    }

    private static final class Batch {
        final List<Pending> pending = new ArrayList<>();
        int size;
        ScheduledFuture<?> timer;

        void add(Pending p) {
            pending.add(p);
            size += p.texts.size();
        }
    }

    /** Configures an {@link EmbeddingBatcher}. Not thread-safe. */
    public static final class Builder {
        private final EmbeddingModel delegate;
        private int maxBatchSize = 16;
        private Duration maxWait = Duration.ofMillis(5);
        private Executor executor;

        private Builder(EmbeddingModel delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        /**
         * @param size texts per request, 1..2048, default 16
         * @return this
         */
        public Builder maxBatchSize(int size) {
            if (size < 1 || size > 2048) {
                throw new IllegalArgumentException("maxBatchSize must be in 1..2048, was " + size);
            }
            this.maxBatchSize = size;
            return this;
        }

        /**
         * @param wait how long the first call of a batch waits for company, positive, default 5 ms
         * @return this
         */
        public Builder maxWait(Duration wait) {
            Objects.requireNonNull(wait, "wait");
            if (wait.isNegative() || wait.isZero()) {
                throw new IllegalArgumentException("maxWait must be positive, was " + wait);
            }
            this.maxWait = wait;
            return this;
        }

        /**
         * @param executor runs batches sent by the timer; default a cached pool of daemon threads
         * @return this
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** @return the batcher */
        public EmbeddingBatcher build() {
            return new EmbeddingBatcher(this);
        }
    }
}
