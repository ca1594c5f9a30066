package io.octollm.reflex;

import io.octollm.reflex.cache.CacheStats;
import io.octollm.reflex.cache.ResponseCache;
import io.octollm.reflex.injection.BlockPolicy;
import io.octollm.reflex.injection.InjectionDetector;
import io.octollm.reflex.pii.PiiDetector;
import io.octollm.reflex.pii.PiiPatternSet;
import io.octollm.reflex.pii.RedactionStrategy;
import io.octollm.reflex.pii.Redactor;
import io.octollm.reflex.ratelimit.CostMode;
import io.octollm.reflex.ratelimit.Dimension;
import io.octollm.reflex.ratelimit.InMemoryBucketStore;
import io.octollm.reflex.ratelimit.RateLimitTier;
import io.octollm.reflex.ratelimit.RateLimiter;
import io.octollm.reflex.validate.InputValidator;
import io.octollm.reflex.validate.ValidationLimits;
import io.octollm.spi.ratelimit.BucketStore;
import io.octollm.spi.store.CacheStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reflex filter chain: validate → rate limit → cache lookup → PII → injection → decision, with
 * host filters before and after the built-ins. Use {@link #defaults()} or {@link #builder()}, then
 * {@link #process(ReflexRequest)} per request; after the LLM answered a {@link ReflexOutcome.Pass},
 * store the answer with {@link #cacheResponse}.
 *
 * <p>Immutable and thread-safe: one instance serves all threads. {@code process} never throws for
 * bad input (that is a {@link ReflexOutcome.Rejected}); it throws only what a host filter throws,
 * or {@link IllegalStateException} when a filter breaks the chain contract.
 */
public final class ReflexChain {
    private static final class DefaultHolder {
        static final ReflexChain DEFAULT = builder().build();
    }

    private final List<ReflexFilter> filters;
    private final ResponseCache cache;
    private final RateLimiter limiter;
    private final PiiDetector pii;
    private final InjectionDetector injection;
    private final BlockPolicy policy;

    private ReflexChain(Builder b) {
        InputValidator validator = new InputValidator(b.limits);
        this.limiter = b.rateLimiting && !b.tiers.isEmpty()
                ? new RateLimiter(b.tiers, b.bucketStore != null ? b.bucketStore : new InMemoryBucketStore(),
                        b.costMode, b.failOpen, b.clock)
                : null;
        this.cache = b.caching ? new ResponseCache(b.cacheMaxEntries, b.cleanTtl, b.flaggedTtl, b.l2, b.clock) : null;
        this.pii = b.piiDetection ? (b.piiDetector != null ? b.piiDetector : PiiDetector.of(b.piiSet)) : null;
        this.injection = b.injectionDetection ? InjectionDetector.standard() : null;
        this.policy = b.policy;
        this.filters = List.copyOf(assemble(b, validator, b.redaction));
    }

    /** The assembly order, on one screen. */
    private List<ReflexFilter> assemble(Builder b, InputValidator validator, RedactionStrategy redaction) {
        List<ReflexFilter> list = new ArrayList<>(b.first);
        list.add(new BuiltinFilters.Validation(validator));
        if (limiter != null) {
            list.add(new BuiltinFilters.RateLimit(limiter));
        }
        if (cache != null) {
            list.add(new BuiltinFilters.CacheLookup(cache));
        }
        if (pii != null) {
            list.add(new BuiltinFilters.Pii(pii, Redactor.of(redaction)));
        }
        if (injection != null) {
            list.add(new BuiltinFilters.Injection(injection, policy));
        }
        list.addAll(b.last);
        return list;
    }

    /**
     * The chain with every default: limits as in {@link ValidationLimits#DEFAULTS}, user buckets on
     * the {@link RateLimitTier#BASIC} tier in memory (fail closed), a 100,000-entry L1 cache (300 s
     * clean / 60 s flagged), the standard PII set with placeholder redaction, and injection blocking
     * at CRITICAL, flagging at HIGH. A shared instance.
     *
     * @return the default chain
     */
    public static ReflexChain defaults() {
        return DefaultHolder.DEFAULT;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the chain.
     *
     * @param request the request, not null
     * @return the outcome, never null
     * @throws IllegalStateException when a filter breaks the chain contract (message names it)
     */
    public ReflexOutcome process(ReflexRequest request) {
        Objects.requireNonNull(request, "request");
        return new RealChain(filters, request).proceed(request);
    }

    /**
     * Stores the answer to a request that passed, so the next identical request in the same scope
     * (tenant, model, system prompt, whitespace-normalised text) gets a {@link ReflexOutcome.Cached}.
     * The TTL is the flagged TTL (default 60 s) when {@code flagged}, else the clean TTL (300 s).
     * Does nothing when caching is disabled. L2 failures are logged, never thrown.
     *
     * @param request the request as given to {@link #process} (the original, not the sanitised text)
     * @param response the final answer, not null
     * @param flagged {@link ReflexOutcome.Pass#flagged()} of that request
     */
    public void cacheResponse(ReflexRequest request, String response, boolean flagged) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        if (cache != null) {
            cache.put(request, response, flagged);
        }
    }

    /**
     * Like {@link #cacheResponse(ReflexRequest, String, boolean)} with an explicit TTL and tags.
     *
     * @param request the request
     * @param response the answer
     * @param flagged whether the request was flagged
     * @param ttl time to live, positive
     * @param tags host tags for {@link #invalidateTag}
     */
    public void cacheResponse(ReflexRequest request, String response, boolean flagged, Duration ttl, Set<String> tags) {
        if (cache != null) {
            cache.put(request, response, flagged, ttl, tags);
        }
    }

    /**
     * @param request a request
     * @return true when its entry was removed
     */
    public boolean invalidate(ReflexRequest request) {
        return cache != null && cache.invalidate(request);
    }

    /**
     * @param prefix key prefix, e.g. {@code reflex:acme:} for tenant {@code acme}
     * @return entries removed
     */
    public int invalidatePrefix(String prefix) {
        return cache == null ? 0 : cache.invalidatePrefix(prefix);
    }

    /**
     * @param tag {@code tenant:<id>}, {@code model:<id>} or a host tag
     * @return entries removed
     */
    public int invalidateTag(String tag) {
        return cache == null ? 0 : cache.invalidateTag(tag);
    }

    /**
     * @param entries request → answer pairs to pre-load
     * @return entries written (0 when caching is disabled)
     */
    public int warmCache(Supplier<? extends Map<ReflexRequest, String>> entries) {
        return cache == null ? 0 : cache.warm(entries);
    }

    /** @return cache counters, if caching is enabled */
    public Optional<CacheStats> cacheStats() {
        return cache == null ? Optional.empty() : Optional.of(cache.stats());
    }

    /** @return the response cache, if enabled (admin operations, key computation) */
    public Optional<ResponseCache> cache() {
        return Optional.ofNullable(cache);
    }

    /** @return the PII detector in use, if enabled */
    public Optional<PiiDetector> piiDetector() {
        return Optional.ofNullable(pii);
    }

    /** @return the injection detector in use, if enabled */
    public Optional<InjectionDetector> injectionDetector() {
        return Optional.ofNullable(injection);
    }

    /** @return the injection policy */
    public BlockPolicy injectionPolicy() {
        return policy;
    }

    /** @return the filter names in order, for diagnostics */
    public List<String> filterNames() {
        List<String> names = new ArrayList<>(filters.size());
        for (ReflexFilter f : filters) {
            names.add(f.name());
        }
        return names;
    }

    /**
     * Configures a {@link ReflexChain}. Not thread-safe; {@link #build()} returns an immutable chain.
     * Setters throw {@link NullPointerException} / {@link IllegalArgumentException} for bad values.
     */
    public static final class Builder {
        private final List<ReflexFilter> first = new ArrayList<>();
        private final List<ReflexFilter> last = new ArrayList<>();
        private ValidationLimits limits = ValidationLimits.DEFAULTS;
        private final Map<Dimension, RateLimitTier> tiers = new EnumMap<>(Dimension.class);
        private boolean rateLimiting = true;
        private BucketStore bucketStore;
        private CostMode costMode = CostMode.REQUESTS;
        private boolean failOpen;
        private boolean caching = true;
        private long cacheMaxEntries = 100_000;
        private Duration cleanTtl = Duration.ofSeconds(300);
        private Duration flaggedTtl = Duration.ofSeconds(60);
        private CacheStore l2;
        private boolean piiDetection = true;
        private PiiPatternSet piiSet = PiiPatternSet.STANDARD;
        private PiiDetector piiDetector;
        private RedactionStrategy redaction = RedactionStrategy.placeholder();
        private boolean injectionDetection = true;
        private BlockPolicy policy = BlockPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
            tiers.put(Dimension.USER, RateLimitTier.BASIC);
        }

        /**
         * @param filter runs before the built-in filters (in the order added)
         * @return this
         */
        public Builder addFirst(ReflexFilter filter) {
            first.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * @param filter runs after the built-in filters, before the final Pass (in the order added)
         * @return this
         */
        public Builder addLast(ReflexFilter filter) {
            last.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * @param chars longest accepted text, positive (default 100,000)
         * @return this
         */
        public Builder maxTextLength(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxTextLength must be positive, was " + chars);
            }
            limits = limits.withMaxTextChars(chars);
            return this;
        }

        /**
         * @param validationLimits all validation limits
         * @return this
         */
        public Builder validationLimits(ValidationLimits validationLimits) {
            limits = Objects.requireNonNull(validationLimits, "validationLimits");
            return this;
        }

        /**
         * @param dimension a dimension
         * @param tier its tier ({@link RateLimitTier#UNLIMITED} to skip it)
         * @return this
         */
        public Builder rateLimit(Dimension dimension, RateLimitTier tier) {
            tiers.put(Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(tier, "tier"));
            return this;
        }

        /**
         * @param dimension a dimension to stop limiting
         * @return this
         */
        public Builder noRateLimit(Dimension dimension) {
            tiers.remove(Objects.requireNonNull(dimension, "dimension"));
            return this;
        }

        /**
         * @param enabled false to leave rate limiting out of the chain
         * @return this
         */
        public Builder rateLimiting(boolean enabled) {
            rateLimiting = enabled;
            return this;
        }

        /**
         * @param store where buckets live (default: a new {@link InMemoryBucketStore})
         * @return this
         */
        public Builder bucketStore(BucketStore store) {
            bucketStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param mode REQUESTS (default) or TOKENS (cost = estimated tokens)
         * @return this
         */
        public Builder costMode(CostMode mode) {
            costMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param open true to let requests through when the bucket store fails (default false: fail closed)
         * @return this
         */
        public Builder failOpen(boolean open) {
            failOpen = open;
            return this;
        }

        /**
         * @param enabled false to leave the response cache out
         * @return this
         */
        public Builder caching(boolean enabled) {
            caching = enabled;
            return this;
        }

        /**
         * @param maxEntries L1 size bound, positive (default 100,000)
         * @return this
         */
        public Builder cacheMaxEntries(long maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("cacheMaxEntries must be positive, was " + maxEntries);
            }
            cacheMaxEntries = maxEntries;
            return this;
        }

        /**
         * @param clean TTL for clean requests (default 300 s), positive
         * @param flagged TTL for flagged requests (default 60 s), positive
         * @return this
         */
        public Builder cacheTtl(Duration clean, Duration flagged) {
            Objects.requireNonNull(clean, "clean");
            Objects.requireNonNull(flagged, "flagged");
            if (clean.isNegative() || clean.isZero() || flagged.isNegative() || flagged.isZero()) {
                throw new IllegalArgumentException("TTLs must be positive");
            }
            cleanTtl = clean;
            flaggedTtl = flagged;
            return this;
        }

        /**
         * @param store the shared L2 under the in-process L1
         * @return this
         */
        public Builder l2Cache(CacheStore store) {
            l2 = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param enabled false to leave PII detection out
         * @return this
         */
        public Builder piiDetection(boolean enabled) {
            piiDetection = enabled;
            return this;
        }

        /**
         * @param set the PII pattern set (default STANDARD)
         * @return this
         */
        public Builder piiPatternSet(PiiPatternSet set) {
            piiSet = Objects.requireNonNull(set, "set");
            piiDetector = null;
            return this;
        }

        /**
         * @param detector a specific detector (overrides the pattern set)
         * @return this
         */
        public Builder piiDetector(PiiDetector detector) {
            piiDetector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        /**
         * @param strategy how PII is replaced in the sanitised text (default placeholders with a vault)
         * @return this
         */
        public Builder redaction(RedactionStrategy strategy) {
            redaction = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * @param enabled false to leave injection detection out
         * @return this
         */
        public Builder injectionDetection(boolean enabled) {
            injectionDetection = enabled;
            return this;
        }

        /**
         * @param blockPolicy when to block and when to flag (default block CRITICAL, flag HIGH)
         * @return this
         */
        public Builder injectionPolicy(BlockPolicy blockPolicy) {
            policy = Objects.requireNonNull(blockPolicy, "blockPolicy");
            return this;
        }

        /**
         * @param c time source for rate limits and cache expiry (default UTC system clock)
         * @return this
         */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** @return an immutable chain */
        public ReflexChain build() {
            return new ReflexChain(this);
        }
    }
}
