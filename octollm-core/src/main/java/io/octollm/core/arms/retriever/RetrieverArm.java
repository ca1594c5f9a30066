package io.octollm.core.arms.retriever;

import io.octollm.core.internal.Words;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.store.Document;
import io.octollm.spi.store.ScoredDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Searches documents and answers with ranked passages and citations ({@code file:lines}).
 * Configured with a folder, it indexes the folder's text and markdown files into the memory
 * store on first use (once). The query is the step's instruction minus request words ("search
 * the docs for rate limiting" searches "rate limiting"), or the {@code query} parameter.
 * Ranking is the memory store's (BM25 in memory, full-text search in a database). Thread-safe.
 */
public final class RetrieverArm implements Arm {
    private static final ArmCapability CAPABILITY = ArmCapability.of("retriever",
            "Searches indexed documents and answers with ranked, cited passages",
            Set.of("documentation_search", "retrieval", "context_extraction"),
            Set.of("search", "find", "docs", "documentation", "document", "documents", "lookup", "retrieve",
                    "passages", "explain", "readme", "where", "what", "how"),
            1, 32);
    private static final Set<String> REQUEST_WORDS = Set.of("search", "find", "look", "lookup", "retrieve", "docs",
            "doc", "documentation", "documents", "document", "readme", "passages", "passage", "show", "tell",
            "explain", "mention", "mentions", "mentioned", "up", "where", "information", "info", "files", "file");

    private final Path docsRoot;
    private final int limit;
    private final ReentrantLock indexLock = new ReentrantLock();
    private volatile boolean indexed;
    /** Passage vectors by document id, filled at indexing time when an embedding model is configured. */
    private final java.util.concurrent.ConcurrentHashMap<String, float[]> vectors =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RRF_K = 60;
    private static final int CANDIDATES = 50;

    /**
     * @param docsRoot folder to index on first use, or null to search only what is already in the store
     * @param limit passages per answer, 1..50
     */
    public RetrieverArm(Path docsRoot, int limit) {
        if (limit < 1 || limit > 50) {
            throw new IllegalArgumentException("limit must be in 1..50, was " + limit);
        }
        this.docsRoot = docsRoot == null ? null : docsRoot.toAbsolutePath().normalize();
        this.limit = limit;
        this.indexed = docsRoot == null;
    }

    @Override
    public ArmCapability capability() {
        return CAPABILITY;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        if (!indexed) {
            ArmResult failed = ensureIndexed(context);
            if (failed != null) {
                return failed;
            }
        }
        String query = request.parameter("query");
        if (query == null || query.isBlank()) {
            query = queryFrom(request.instruction());
        }
        if (query.isBlank()) {
            return ArmResult.failure(ArmError.of("EMPTY_QUERY", ErrorCategory.VALIDATION,
                    "nothing to search for in '" + request.instruction() + "'; say what to look for"));
        }
        List<ScoredDocument> hits = rank(query, request, context);
        List<Map<String, Object>> results = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        if (hits.isEmpty()) {
            sb.append("No passages match '").append(query).append("'")
                    .append(docsRoot == null ? "." : " in " + docsRoot + ".");
        } else {
            sb.append("Top ").append(hits.size()).append(" passage(s) for '").append(query).append("':");
        }
        int rank = 0;
        for (ScoredDocument hit : hits) {
            rank++;
            Document d = hit.document();
            String cite = citation(d);
            sb.append("\n\n").append(rank).append(". [").append(cite).append("] (score ")
                    .append(String.format(Locale.ROOT, "%.2f", hit.score())).append(")\n")
                    .append(excerpt(d.content(), 400));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", rank);
            r.put("source", d.source());
            r.put("citation", cite);
            r.put("score", hit.score());
            r.put("start", parse(d.metadata().get("start")));
            r.put("end", parse(d.metadata().get("end")));
            r.put("text", d.content());
            results.add(r);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("query", query);
        data.put("method", vectors.isEmpty() || context.embeddings().isEmpty() ? "keyword" : "hybrid");
        data.put("results", results);
        double confidence = hits.isEmpty() ? 0.2 : Math.min(0.95, 0.5 + 0.1 * hits.size());
        return ArmResult.ok(sb.toString(), data, confidence);
    }

    /**
     * Keyword hits from the memory store, fused with vector hits by reciprocal rank fusion
     * (k = 60) when an embedding model is configured and passages have vectors; then metadata
     * filters ({@code filter.<key>} parameters) and the minimum score ({@code min_score}) apply.
     */
    private List<ScoredDocument> rank(String query, ArmRequest request, ArmContext context) {
        List<ScoredDocument> keyword = context.memory().searchDocuments(query, CANDIDATES);
        List<ScoredDocument> ranked = keyword;
        if (context.embeddings().isPresent() && !vectors.isEmpty()) {
            float[] q;
            try {
                q = context.embeddings().get().embed(query);
            } catch (RuntimeException e) {
                q = null;
            }
            if (q != null) {
                List<Map.Entry<String, Double>> byVector = new ArrayList<>();
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    byVector.add(Map.entry(e.getKey(), cosine(q, e.getValue())));
                }
                byVector.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
                Map<String, Double> fused = new java.util.HashMap<>();
                Map<String, Document> docs = new java.util.HashMap<>();
                for (int i = 0; i < keyword.size(); i++) {
                    Document d = keyword.get(i).document();
                    docs.put(d.id(), d);
                    fused.merge(d.id(), 1.0 / (RRF_K + i + 1), Double::sum);
                }
                for (int i = 0; i < Math.min(CANDIDATES, byVector.size()); i++) {
                    String id = byVector.get(i).getKey();
                    if (!docs.containsKey(id)) {
                        context.memory().findDocument(id).ifPresent(d -> docs.put(id, d));
                    }
                    if (docs.containsKey(id)) {
                        fused.merge(id, 1.0 / (RRF_K + i + 1), Double::sum);
                    }
                }
                ranked = new ArrayList<>();
                for (Map.Entry<String, Double> e : fused.entrySet()) {
                    ranked.add(new ScoredDocument(docs.get(e.getKey()), e.getValue()));
                }
                ranked.sort((x, y) -> {
                    int c = Double.compare(y.score(), x.score());
                    return c != 0 ? c : x.document().id().compareTo(y.document().id());
                });
            }
        }
        double minScore = 0;
        Object min = request.parameters().get("min_score");
        if (min != null) {
            try {
                minScore = Double.parseDouble(min.toString());
            } catch (NumberFormatException e) {
                minScore = 0;
            }
        }
        List<ScoredDocument> out = new ArrayList<>();
        for (ScoredDocument sd : ranked) {
            if (sd.score() < minScore || !matchesFilters(sd.document(), request.parameters())) {
                continue;
            }
            out.add(sd);
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    private static boolean matchesFilters(Document d, Map<String, Object> params) {
        for (Map.Entry<String, Object> e : params.entrySet()) {
            if (e.getKey().startsWith("filter.")) {
                String key = e.getKey().substring("filter.".length());
                String want = String.valueOf(e.getValue());
                String have = key.equals("source") ? d.source() : d.metadata().get(key);
                if (have == null || !(have.equals(want) || (key.equals("source") && have.startsWith(want)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double cosine(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < n; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private ArmResult ensureIndexed(ArmContext context) {
        indexLock.lock();
        try {
            if (indexed) {
                return null;
            }
            if (!Files.isDirectory(docsRoot)) {
                return ArmResult.failure(ArmError.of("DOCS_NOT_FOUND", ErrorCategory.NOT_FOUND,
                        "the documents folder " + docsRoot + " does not exist or is not a folder"));
            }
            try {
                List<Document> indexedDocs = new DocumentIndexer(DocumentIndexer.DEFAULT_EXTENSIONS).index(docsRoot,
                        context.memory());
                if (context.embeddings().isPresent() && !indexedDocs.isEmpty()) {
                    embed(indexedDocs, context);
                }
            } catch (IOException e) {
                return ArmResult.failure(ArmError.of("INDEX_FAILED", ErrorCategory.INTERNAL,
                        "could not index " + docsRoot + ": " + e.getMessage()));
            }
            indexed = true;
            return null;
        } finally {
            indexLock.unlock();
        }
    }

    private void embed(List<Document> docs, ArmContext context) {
        for (int i = 0; i < docs.size(); i += 64) {
            List<Document> batch = docs.subList(i, Math.min(docs.size(), i + 64));
            List<String> texts = new ArrayList<>(batch.size());
            for (Document d : batch) {
                texts.add(d.content());
            }
            try {
                List<float[]> vs = context.embeddings().get().embed(texts);
                for (int j = 0; j < batch.size() && j < vs.size(); j++) {
                    vectors.put(batch.get(j).id(), vs.get(j));
                }
            } catch (RuntimeException e) {
                return; // keyword ranking still works
            }
        }
    }

    /**
     * @param instruction a request such as "search the docs for rate limiting"
     * @return the words worth searching for ("rate limiting")
     */
    static String queryFrom(String instruction) {
        Objects.requireNonNull(instruction, "instruction");
        String firstLine = instruction.lines().findFirst().orElse("");
        List<String> kept = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= firstLine.length(); i++) {
            char c = i < firstLine.length() ? firstLine.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            } else if (sb.length() > 0) {
                String w = sb.toString();
                sb.setLength(0);
                String lw = w.toLowerCase(Locale.ROOT);
                if (!REQUEST_WORDS.contains(lw) && !Words.STOP.contains(lw)) {
                    kept.add(w);
                }
            }
        }
        return String.join(" ", kept);
    }

    private static String citation(Document d) {
        String ls = d.metadata().get("line_start");
        String le = d.metadata().get("line_end");
        return ls == null ? d.source() : d.source() + ":" + ls + (ls.equals(le) ? "" : "-" + le);
    }

    private static int parse(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String excerpt(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }
}
