package io.octollm.reflex;

import java.util.List;

/** An immutable filter list plus an index; the chain handed to filter {@code index - 1}. */
final class RealChain implements ReflexFilter.Chain {
    private final List<ReflexFilter> filters;
    private final int index;
    private final ReflexRequest request;
    private boolean proceeded;

    RealChain(List<ReflexFilter> filters, int index, ReflexRequest request) {
        this.filters = filters;
        this.index = index;
        this.request = request;
    }

    @Override
    public ReflexRequest request() {
        return request;
    }

    @Override
    public ReflexOutcome proceed(ReflexRequest next) {
        String caller = index == 0 ? "ReflexChain" : filters.get(index - 1).name();
        if (next == null) {
            throw new IllegalStateException("filter " + caller + " called proceed(null)");
        }
        if (proceeded) {
            throw new IllegalStateException("filter " + caller + " called proceed() more than once");
        }
        proceeded = true;
        if (index == filters.size()) {
            return terminal(next);
        }
        ReflexFilter f = filters.get(index);
        ReflexOutcome o = f.filter(new RealChain(filters, index + 1, next));
        if (o == null) {
            throw new IllegalStateException("filter " + f.name() + " returned a null outcome");
        }
        return o;
    }

    private static ReflexOutcome terminal(ReflexRequest r) {
        int n = r.text().length();
        Complexity c = n < 200 ? Complexity.SIMPLE : n < 2000 ? Complexity.MEDIUM : Complexity.COMPLEX;
        return new ReflexOutcome.Pass(r.text(), List.of(), RedactionVault.empty(), c, false, false);
    }
}
