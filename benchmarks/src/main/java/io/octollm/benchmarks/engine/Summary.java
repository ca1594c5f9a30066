package io.octollm.benchmarks.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.octollm.core.json.TaskJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a short table from JMH's JSON result file: the engine against LangChain4j per shape
 * (tasks/s, ratio, µs per task, p50/p99), the engine's overhead per task, the cost of H2
 * persistence and the JSON round trips. Benchmarks missing from the file are skipped.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.octollm.benchmarks.engine.Summary
 * benchmarks/target/jmh-result.json}
 */
public final class Summary {
    private static final String VS = "EngineVsLangChain4jBenchmark";
    private static final String OVERHEAD = "EngineOverheadBenchmark";
    private static final String PERSISTENCE = "PersistenceCostBenchmark";
    private static final String JSON = "JsonRoundTripBenchmark";
    /** LangChain4j figures from the peers' reference table (same kind of machine), by shape and threads. */
    private static final Map<String, Double> PEERS = Map.of("seq5/1", 51_505.0, "seq5/2", 70_005.0,
            "fan4/1", 9_544.0);

    private final List<Row> rows;
    private final PrintStream out;

    Summary(List<Row> rows, PrintStream out) {
        this.rows = rows;
        this.out = out;
    }

    /**
     * @param args the JMH JSON result file (default {@code benchmarks/target/jmh-result.json})
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh-result.json");
        if (!Files.isRegularFile(file)) {
            System.err.println("no JMH result file at " + file);
            System.exit(2);
        }
        new Summary(parse(Files.readString(file)), System.out).print();
    }

    /** One benchmark run: class, method, mode, threads, params, score in base units. */
    record Row(String cls, String method, String mode, int threads, Map<String, String> params,
            double opsPerSecond, double p50Micros, double p99Micros, double avgMicros, double allocBytes) {
        String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    static List<Row> parse(String json) {
        JsonNode root;
        try {
            root = TaskJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JMH JSON result file: " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode n : root) {
            String full = n.path("benchmark").asText();
            int dot = full.lastIndexOf('.');
            String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
            String method = full.substring(dot + 1);
            Map<String, String> params = new TreeMap<>();
            n.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode m = n.path("primaryMetric");
            double score = m.path("score").asDouble();
            String unit = m.path("scoreUnit").asText();
            String mode = n.path("mode").asText();
            double ops = Double.NaN;
            double p50 = Double.NaN;
            double p99 = Double.NaN;
            double avg = Double.NaN;
            if (unit.startsWith("ops/")) {
                ops = score / seconds(unit.substring(4));
            } else if (unit.endsWith("/op")) {
                double toMicros = seconds(unit.substring(0, unit.length() - 3)) * 1e6;
                avg = score * toMicros;
                JsonNode pct = m.path("scorePercentiles");
                if (pct.has("50.0")) {
                    p50 = pct.path("50.0").asDouble() * toMicros;
                    p99 = pct.path("99.0").asDouble() * toMicros;
                }
            }
            double alloc = Double.NaN;
            for (var e : n.path("secondaryMetrics").properties()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    alloc = e.getValue().path("score").asDouble();
                }
            }
            rows.add(new Row(cls, method, mode, n.path("threads").asInt(1), params, ops, p50, p99, avg, alloc));
        }
        return rows;
    }

    private static double seconds(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }

    void print() {
        printVersus();
        printOverhead();
        printPersistence();
        printJson();
    }

    private void printVersus() {
        if (rows.stream().noneMatch(r -> r.cls().equals(VS))) {
            return;
        }
        out.println("== OctoLLM engine vs LangChain4j agentic (instant model and arms; framework time only) ==");
        out.printf(Locale.ROOT, "%-6s %3s %14s %14s %7s %12s %12s %9s %9s %13s %12s%n", "shape", "thr", "octollm/s",
                "langchain4j/s", "ratio", "octo us/task", "lc4j us/task", "octo KB", "lc4j KB", "peers lc4j/s",
                "floor/s");
        for (String shape : List.of("seq5", "fan4")) {
            for (int threads : new int[] {1, 2}) {
                Row o = thrpt(VS, threads, "framework", "octollm", "shape", shape);
                Row l = thrpt(VS, threads, "framework", "langchain4j", "shape", shape);
                Row f = thrpt(VS, threads, "framework", "floor", "shape", shape);
                if (o == null && l == null) {
                    continue;
                }
                double os = o == null ? Double.NaN : o.opsPerSecond();
                double ls = l == null ? Double.NaN : l.opsPerSecond();
                Double peer = PEERS.get(shape + "/" + threads);
                out.printf(Locale.ROOT, "%-6s %3d %14s %14s %7s %12s %12s %9s %9s %13s %12s%n", shape, threads,
                        num(os), num(ls), ratio(os, ls), micros(threads * 1e6 / os), micros(threads * 1e6 / ls),
                        kb(o), kb(l), peer == null ? "-" : num(peer), f == null ? "-" : num(f.opsPerSecond()));
            }
            Row o = sample(VS, 1, "framework", "octollm", "shape", shape);
            Row l = sample(VS, 1, "framework", "langchain4j", "shape", shape);
            if (o != null || l != null) {
                out.printf(Locale.ROOT, "%-6s   1 latency p50/p99 us: octollm %s / %s, langchain4j %s / %s%n", shape,
                        o == null ? "-" : micros(o.p50Micros()), o == null ? "-" : micros(o.p99Micros()),
                        l == null ? "-" : micros(l.p50Micros()), l == null ? "-" : micros(l.p99Micros()));
            }
        }
        out.println("ratio = octollm tasks/s / langchain4j tasks/s (>1: the engine is faster); us/task = threads / "
                + "throughput; KB = allocated per task (only with -prof gc); floor = plain CompletableFuture");
        out.println();
    }

    private void printOverhead() {
        if (rows.stream().noneMatch(r -> r.cls().equals(OVERHEAD))) {
            return;
        }
        out.println("== Engine overhead per task (EngineOverheadBenchmark, instant arms) ==");
        out.printf(Locale.ROOT, "%-6s %-8s %3s %12s %10s %10s %10s%n", "shape", "pipeline", "thr", "tasks/s", "us/task",
                "p50 us", "p99 us");
        for (Row t : rows) {
            if (!t.cls().equals(OVERHEAD) || !t.mode().equals("thrpt")) {
                continue;
            }
            Row s = sample(OVERHEAD, t.threads(), "shape", t.param("shape"), "pipeline", t.param("pipeline"));
            out.printf(Locale.ROOT, "%-6s %-8s %3d %12s %10s %10s %10s%n", t.param("shape"), t.param("pipeline"),
                    t.threads(), num(t.opsPerSecond()), micros(t.threads() * 1e6 / t.opsPerSecond()),
                    s == null ? "-" : micros(s.p50Micros()), s == null ? "-" : micros(s.p99Micros()));
        }
        out.println();
    }

    private void printPersistence() {
        Row mem = thrpt(PERSISTENCE, 1, "store", "memory");
        Row h2 = thrpt(PERSISTENCE, 1, "store", "h2");
        if (mem == null || h2 == null) {
            return;
        }
        out.println("== Cost of durability (PersistenceCostBenchmark, 5-step DAG, 1 thread) ==");
        out.printf(Locale.ROOT, "in memory %s tasks/s (%s us/task); H2 %s tasks/s (%s us/task); persistence adds %s "
                + "us/task%n%n", num(mem.opsPerSecond()), micros(1e6 / mem.opsPerSecond()), num(h2.opsPerSecond()),
                micros(1e6 / h2.opsPerSecond()), micros(1e6 / h2.opsPerSecond() - 1e6 / mem.opsPerSecond()));
    }

    private void printJson() {
        List<Row> json = rows.stream().filter(r -> r.cls().equals(JSON) && !Double.isNaN(r.avgMicros())).toList();
        if (json.isEmpty()) {
            return;
        }
        out.println("== JSON (JsonRoundTripBenchmark, us/op) ==");
        for (Row r : json) {
            out.printf(Locale.ROOT, "%-18s %8s%n", r.method(), micros(r.avgMicros()));
        }
        out.println();
    }

    private Row thrpt(String cls, int threads, String... params) {
        return find(cls, "thrpt", threads, params);
    }

    private Row sample(String cls, int threads, String... params) {
        return find(cls, "sample", threads, params);
    }

    private Row find(String cls, String mode, int threads, String... params) {
        for (Row r : rows) {
            if (!r.cls().equals(cls) || !r.mode().equals(mode) || r.threads() != threads) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i + 1 < params.length; i += 2) {
                match &= r.param(params[i]).equals(params[i + 1]);
            }
            if (match) {
                return r;
            }
        }
        return null;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String micros(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String kb(Row r) {
        return r == null || Double.isNaN(r.allocBytes()) ? "-" : String.format(Locale.ROOT, "%.1f", r.allocBytes() / 1024);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", a / b);
    }
}
