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
        List<ScoredDocument> hits = context.memory().searchDocuments(query, limit);
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
        data.put("results", results);
        double confidence = hits.isEmpty() ? 0.2 : Math.min(0.95, 0.5 + 0.1 * hits.size());
        return ArmResult.ok(sb.toString(), data, confidence);
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
                new DocumentIndexer(DocumentIndexer.DEFAULT_EXTENSIONS).index(docsRoot, context.memory());
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
