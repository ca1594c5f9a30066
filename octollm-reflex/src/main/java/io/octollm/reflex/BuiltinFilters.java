package io.octollm.reflex;

import io.octollm.reflex.cache.CachedResponse;
import io.octollm.reflex.cache.ResponseCache;
import io.octollm.reflex.injection.BlockPolicy;
import io.octollm.reflex.injection.InjectionDetector;
import io.octollm.reflex.injection.InjectionReport;
import io.octollm.reflex.pii.PiiDetector;
import io.octollm.reflex.pii.Redaction;
import io.octollm.reflex.pii.Redactor;
import io.octollm.reflex.ratelimit.RateLimitDecision;
import io.octollm.reflex.ratelimit.RateLimiter;
import io.octollm.reflex.validate.InputValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in filters. Each is immutable and thread-safe. */
final class BuiltinFilters {
    private BuiltinFilters() {
    }

    static List<Finding> merge(List<Finding> a, List<Finding> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<Finding> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(Finding.ORDER);
        return all;
    }

    /** Rejects bad input. */
    static final class Validation implements ReflexFilter {
        private final InputValidator validator;

        Validation(InputValidator validator) {
            this.validator = validator;
        }

        @Override
        public ReflexOutcome filter(Chain chain) {
            List<String> errors = validator.validate(chain.request());
            return errors.isEmpty() ? chain.proceed(chain.request()) : new ReflexOutcome.Rejected(errors);
        }

        @Override
        public String name() {
            return "validate";
        }
    }

    /** Token buckets per dimension. */
    static final class RateLimit implements ReflexFilter {
        private final RateLimiter limiter;

        RateLimit(RateLimiter limiter) {
            this.limiter = limiter;
        }

        @Override
        public ReflexOutcome filter(Chain chain) {
            RateLimitDecision d = limiter.check(chain.request());
            if (d.allowed()) {
                return chain.proceed(chain.request());
            }
            if (d.impossible()) {
                return new ReflexOutcome.Rejected(List.of("the request's estimated tokens ("
                        + chain.request().estimatedTokens() + ") exceed the " + d.dimension()
                        + " rate-limit capacity; split the request"));
            }
            return new ReflexOutcome.Throttled(d.retryAfter(), d.dimension());
        }

        @Override
        public String name() {
            return "rate-limit";
        }
    }

    /** Answers from the cache when it can. */
    static final class CacheLookup implements ReflexFilter {
        private final ResponseCache cache;

        CacheLookup(ResponseCache cache) {
            this.cache = cache;
        }

        @Override
        public ReflexOutcome filter(Chain chain) {
            Optional<CachedResponse> hit = cache.get(chain.request());
            if (hit.isPresent()) {
                CachedResponse c = hit.get();
                return new ReflexOutcome.Cached(c.response(), c.flagged(), c.key());
            }
            return chain.proceed(chain.request());
        }

        @Override
        public String name() {
            return "cache";
        }
    }

    /** Detects PII, hands the original text on, and redacts the text of a Pass. */
    static final class Pii implements ReflexFilter {
        private final PiiDetector detector;
        private final Redactor redactor;

        Pii(PiiDetector detector, Redactor redactor) {
            this.detector = detector;
            this.redactor = redactor;
        }

        @Override
        public ReflexOutcome filter(Chain chain) {
            ReflexRequest req = chain.request();
            List<Finding> found = detector.detect(req.text());
            ReflexOutcome o = chain.proceed(req);
            if (o instanceof ReflexOutcome.Pass) {
                ReflexOutcome.Pass p = (ReflexOutcome.Pass) o;
                if (found.isEmpty() && p.sanitizedText().equals(req.text())) {
                    return p;
                }
                String base = p.sanitizedText();
                List<Finding> onBase = base.equals(req.text()) ? found : detector.detect(base);
                if (onBase.isEmpty()) {
                    return new ReflexOutcome.Pass(base, merge(p.findings(), found), p.vault(), p.complexity(),
                            p.flagged() || !found.isEmpty(), p.injectionFlagged());
                }
                Redaction r = redactor.redact(base, onBase);
                RedactionVault vault = r.vault();
                if (!p.vault().isEmpty()) {
                    Map<String, String> m = new LinkedHashMap<>(p.vault().asMap());
                    m.putAll(vault.asMap());
                    vault = RedactionVault.of(m);
                }
                return new ReflexOutcome.Pass(r.text(), merge(p.findings(), found), vault, p.complexity(), true,
                        p.injectionFlagged());
            }
            if (o instanceof ReflexOutcome.Blocked && !found.isEmpty()) {
                ReflexOutcome.Blocked b = (ReflexOutcome.Blocked) o;
                return new ReflexOutcome.Blocked(b.reason(), merge(b.findings(), found));
            }
            return o;
        }

        @Override
        public String name() {
            return "pii";
        }
    }

    /** Blocks or flags prompt injection; adds the complexity estimate. */
    static final class Injection implements ReflexFilter {
        private final InjectionDetector detector;
        private final BlockPolicy policy;

        Injection(InjectionDetector detector, BlockPolicy policy) {
            this.detector = detector;
            this.policy = policy;
        }

        @Override
        public ReflexOutcome filter(Chain chain) {
            ReflexRequest req = chain.request();
            InjectionReport report = detector.analyze(req.text());
            if (report.reaches(policy.blockAt())) {
                Finding worst = null;
                for (Finding f : report.findings()) {
                    if (worst == null || f.severity().compareTo(worst.severity()) > 0) {
                        worst = f;
                    }
                }
                return new ReflexOutcome.Blocked("prompt injection detected: " + worst.type() + " ("
                        + worst.severity().name().toLowerCase(java.util.Locale.ROOT) + ")", report.findings());
            }
            ReflexOutcome o = chain.proceed(req);
            if (o instanceof ReflexOutcome.Pass) {
                ReflexOutcome.Pass p = (ReflexOutcome.Pass) o;
                boolean flag = report.reaches(policy.flagAt());
                return new ReflexOutcome.Pass(p.sanitizedText(), merge(p.findings(), report.findings()), p.vault(),
                        report.complexity(), p.flagged() || flag, p.injectionFlagged() || flag);
            }
            return o;
        }

        @Override
        public String name() {
            return "injection";
        }
    }
}
