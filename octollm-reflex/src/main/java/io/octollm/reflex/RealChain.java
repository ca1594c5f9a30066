package io.octollm.reflex;

import java.util.List;

/**
 * The chain for one {@link ReflexChain#process} call. One object serves every level: {@code level}
 * is the index of the filter that {@link #proceed} runs next, and it is restored when that filter
 * returns, so a filter that asks for {@link #request()} after proceeding still sees its own request.
 * Levels proceed strictly in order, so "proceeded more than once" is a level at or below the
 * deepest one that already proceeded. One call, one thread; not thread-safe.
 */
final class RealChain implements ReflexFilter.Chain {
    private final List<ReflexFilter> filters;
    private int level;
    private ReflexRequest request;
    private int deepestProceeded = -1;

    RealChain(List<ReflexFilter> filters, ReflexRequest request) {
        this.filters = filters;
        this.request = request;
    }

    @Override
    public ReflexRequest request() {
        return request;
    }

    @Override
    public ReflexOutcome proceed(ReflexRequest next) {
        int at = level;
        if (next == null) {
            throw new IllegalStateException("filter " + caller(at) + " called proceed(null)");
        }
        if (at <= deepestProceeded) {
            throw new IllegalStateException("filter " + caller(at) + " called proceed() more than once");
        }
        deepestProceeded = at;
        if (at == filters.size()) {
            return terminal(next);
        }
        ReflexFilter f = filters.get(at);
        ReflexRequest own = request;
        level = at + 1;
        request = next;
        ReflexOutcome o;
        try {
            o = f.filter(this);
        } finally {
            level = at;
            request = own;
        }
        if (o == null) {
            throw new IllegalStateException("filter " + f.name() + " returned a null outcome");
        }
        return o;
    }

    private String caller(int at) {
        return at == 0 ? "ReflexChain" : filters.get(at - 1).name();
    }

    private static ReflexOutcome terminal(ReflexRequest r) {
        int n = r.text().length();
        Complexity c = n < 200 ? Complexity.SIMPLE : n < 2000 ? Complexity.MEDIUM : Complexity.COMPLEX;
        return new ReflexOutcome.Pass(r.text(), List.of(), RedactionVault.empty(), c, false, false);
    }
}
