package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.core.json.TaskJson;
import io.octollm.core.metrics.LatencyHistogram;
import io.octollm.core.plan.Planner;
import io.octollm.core.schedule.CircuitBreaker;
import io.octollm.reflex.ReflexChain;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.internal.BenchPrompts;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code octollm bench report}: a calibrated load against each component and the project's three
 * target tables (latency, throughput, resources) with the measured value beside each target and a
 * pass/fail mark; writes {@code report.json} and a self-contained {@code report.html}.
 */
final class ReportBenchCommand implements Command {
    private static final double LLM_MEDIAN_MS = 700;
    private static final double LLM_SIGMA = 0.6;

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "every component under load against the project's targets; writes report.json and report.html";
    }

    @Override
    public String help() {
        return """
                Usage: octollm bench report [--seconds S] [--out DIR]

                Runs a calibrated load against each component for S seconds each (default 8; about
                ten phases, so the default takes two to three minutes):
                  reflex                 the default chain (cache miss) on realistic 1 KB prompts, one thread
                  orchestrator simple    1-step tasks through the whole engine, instant arm
                  orchestrator complex   5-step DAG tasks (1 -> 3 parallel -> 1), instant arms
                  arms                   arm calls with simulated LLM latency (log-normal, median 700 ms)
                  end-to-end simple      reflex + plan + 1 LLM-latency step + judge + guardian
                  end-to-end complex     the same with the 5-step DAG
                  throughput curve       the complex orchestrator at concurrency 1..64
                and prints the latency, throughput and resource tables with target and pass/fail.
                Writes DIR/report.json and DIR/report.html (inline SVG, no network, no scripts).

                Options:
                  --seconds S   seconds per phase, 0.2..600 (default 8)
                  --out DIR     where to write the report files (default: current directory)""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of(), Set.of("--seconds", "--out"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        double seconds = a.doubleOption("--seconds", 8, 0.2, 600);
        Path out = io.cwd().resolve(a.option("--out", ".")).normalize();
        Files.createDirectories(out);
        long phase = (long) (seconds * 1e9);
        Map<String, Phase> phases = new LinkedHashMap<>();
        io.err().println("reflex ...");
        phases.put("reflex", reflex(phase));
        io.err().println("orchestrator simple ...");
        phases.put("orchestrator.simple", engine(1, 0, 4, phase, false));
        io.err().println("orchestrator complex ...");
        phases.put("orchestrator.complex", engine(5, 0, 4, phase, false));
        io.err().println("arms (simulated LLM latency) ...");
        phases.put("arms", engine(1, -1, 64, phase, false));
        io.err().println("end-to-end simple ...");
        phases.put("e2e.simple", engine(1, -1, 32, phase, true));
        io.err().println("end-to-end complex ...");
        phases.put("e2e.complex", engine(5, -1, 32, phase, true));
        io.err().println("throughput curve ...");
        List<double[]> curve = new ArrayList<>();
        for (int c : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            Phase p = engine(5, 0, c, Math.max(200_000_000L, phase / 4), false);
            curve.add(new double[] {c, p.throughputPerSecond()});
        }
        Map<String, Object> report = tables(phases, curve, seconds);
        Files.writeString(out.resolve("report.json"), TaskJson.writePretty(report), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.html"), html(report, phases, curve), StandardCharsets.UTF_8);
        io.out().print(text(report));
        io.out().println("wrote " + out.resolve("report.json") + " and " + out.resolve("report.html"));
        return 0;
    }

    /** Measurements of one phase. */
    record Phase(LatencyHistogram latency, long count, long failed, double wallSeconds, double cpuSeconds,
            double heapPeakMb) {
        double throughputPerSecond() {
            return wallSeconds == 0 ? 0 : count / wallSeconds;
        }

        double meanCpuSecondsPerOp() {
            return count == 0 ? 0 : cpuSeconds / count;
        }
    }

    private static Phase reflex(long nanos) {
        List<String> prompts = BenchPrompts.prompts(16, 1024);
        long before = usedAfterGc();
        ReflexChain chain = ReflexChain.builder().caching(false).build();
        long warmEnd = System.nanoTime() + nanos / 3;
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            chain.process(ReflexRequest.of(prompts.get(i++ & 15)));
        }
        LatencyHistogram h = new LatencyHistogram();
        Probes.HeapSampler heap = new Probes.HeapSampler();
        long cpu0 = Probes.processCpuNanos();
        long t0 = System.nanoTime();
        long end = t0 + nanos;
        long n = 0;
        while (true) {
            long s = System.nanoTime();
            if (s >= end) {
                break;
            }
            chain.process(ReflexRequest.of(prompts.get((int) (n++ & 15))));
            h.record(System.nanoTime() - s);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (Probes.processCpuNanos() - cpu0) / 1e9;
        heap.stopMb();
        double retained = Math.max(0, usedAfterGc() - before) / (1024.0 * 1024.0);
        if (chain.filterNames().isEmpty()) {
            throw new IllegalStateException("the reflex chain has no filters");
        }
        return new Phase(h, n, 0, wall, cpu, retained);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * @param steps 1 (single step) or 5 (1 -> 3 parallel -> 1)
     * @param latencyMs 0 for instant arms, -1 for simulated LLM latency
     * @param concurrency tasks in flight
     * @param withReflex whether the reflex chain (and a distinct goal per task) is in the loop
     */
    private static Phase engine(int steps, int latencyMs, int concurrency, long nanos, boolean withReflex)
            throws InterruptedException {
        Plan plan = EngineBenchCommand.plan(steps, "dag");
        Planner planner = new Planner() {
            @Override
            public String name() {
                return "report";
            }

            @Override
            public Plan plan(TaskContract contract, List<io.octollm.spi.arm.ArmCapability> arms, List<String> f) {
                return plan;
            }
        };
        OctoLlm.Builder b = OctoLlm.builder().discoverArms(false).arm(new SimulatedArm(latencyMs)).planner(planner)
                .maxConcurrentArmCalls(Math.max(256, concurrency * 3)).maxQueuedTasks(Math.max(10_000, concurrency * 2))
                .circuitBreaker(new CircuitBreaker.Config(1_000, Duration.ofSeconds(1), 1)).planCacheSize(0);
        if (withReflex) {
            b.reflex(ReflexChain.builder().caching(false).build());
        } else {
            b.noReflex();
        }
        try (OctoLlm engine = b.build()) {
            runFor(engine, concurrency, Math.min(nanos / 3, 2_000_000_000L), null, null);
            LatencyHistogram h = new LatencyHistogram();
            AtomicLong failed = new AtomicLong();
            Probes.HeapSampler heap = new Probes.HeapSampler();
            long cpu0 = Probes.processCpuNanos();
            long t0 = System.nanoTime();
            long count = runFor(engine, concurrency, nanos, h, failed);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (Probes.processCpuNanos() - cpu0) / 1e9;
            return new Phase(h, count, failed.get(), wall, cpu, heap.stopMb());
        }
    }

    private static long runFor(OctoLlm engine, int concurrency, long nanos, LatencyHistogram h, AtomicLong failed)
            throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + nanos;
        int submitted = 0;
        while (System.nanoTime() < end) {
            if (!slots.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                continue;
            }
            long start = System.nanoTime();
            submitted++;
            engine.submit(TaskContract.of("report task " + submitted)).whenComplete((r, e) -> {
                if (h != null) {
                    h.record(System.nanoTime() - start);
                    if (r == null || r.status() != TaskStatus.COMPLETED) {
                        failed.incrementAndGet();
                    }
                }
                done.incrementAndGet();
                slots.release();
            });
        }
        slots.acquire(concurrency);
        slots.release(concurrency);
        return done.get();
    }

    /** An arm that answers at once, or after a simulated LLM latency (log-normal). */
    private static final class SimulatedArm implements Arm {
        private static final ArmCapability CAP = ArmCapability.of("synthetic", "simulated LLM arm",
                Set.of("synthetic"), Set.of(), 1, 100_000);
        private final int latencyMs;

        SimulatedArm(int latencyMs) {
            this.latencyMs = latencyMs;
        }

        @Override
        public ArmCapability capability() {
            return CAP;
        }

        @Override
        public ArmResult execute(ArmRequest request, ArmContext context) {
            long ms = latencyMs >= 0 ? latencyMs
                    : (long) (LLM_MEDIAN_MS * Math.exp(LLM_SIGMA * ThreadLocalRandom.current().nextGaussian()));
            if (ms > 0) {
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ArmResult.failure(ArmError.of("INTERRUPTED", ErrorCategory.CANCELLED, "interrupted"));
                }
            }
            return ArmResult.ok("simulated answer for " + request.stepId());
        }
    }

    // ---------------------------------------------------------------- tables

    private static Map<String, Object> row(String component, Phase p, long t50, long t95, long t99, String note) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("component", component);
        long p50 = p.latency().percentileMicros(0.50);
        long p95 = p.latency().percentileMicros(0.95);
        long p99 = p.latency().percentileMicros(0.99);
        r.put("p50_ms", p50 / 1000.0);
        r.put("p95_ms", p95 / 1000.0);
        r.put("p99_ms", p99 / 1000.0);
        r.put("target_p50_ms", t50);
        r.put("target_p95_ms", t95);
        r.put("target_p99_ms", t99);
        r.put("samples", p.count());
        r.put("pass", p50 < t50 * 1000 && p95 < t95 * 1000 && p99 < t99 * 1000 && p.count() > 0);
        r.put("note", note);
        return r;
    }

    private static Map<String, Object> tables(Map<String, Phase> ph, List<double[]> curve, double seconds) {
        String sim = "*";
        List<Map<String, Object>> latency = new ArrayList<>();
        latency.add(row("Reflex Layer", ph.get("reflex"), 5, 10, 20, ""));
        latency.add(row("Orchestrator (simple)", ph.get("orchestrator.simple"), 100, 500, 1_000, ""));
        latency.add(row("Orchestrator (complex)", ph.get("orchestrator.complex"), 500, 2_000, 5_000, ""));
        latency.add(row("Arms (average)", ph.get("arms"), 1_000, 3_000, 10_000, sim));
        latency.add(row("End-to-end (simple)", ph.get("e2e.simple"), 1_000, 3_000, 10_000, sim));
        latency.add(row("End-to-end (complex)", ph.get("e2e.complex"), 5_000, 15_000, 30_000, sim));
        List<Map<String, Object>> throughput = new ArrayList<>();
        throughput.add(tput("Reflex Layer", ph.get("reflex").throughputPerSecond(), 10_000, "req/s", ""));
        throughput.add(tput("Orchestrator", ph.get("orchestrator.complex").throughputPerSecond() * 60, 100,
                "tasks/min", "complex tasks, instant arms"));
        throughput.add(tput("Arms (combined)", ph.get("arms").throughputPerSecond() * 60, 500, "tasks/min", sim));
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(res("Memory (Orchestrator)", Math.max(ph.get("orchestrator.complex").heapPeakMb(),
                ph.get("e2e.complex").heapPeakMb()), 2_048, "MB heap peak"));
        resources.add(res("Memory (Arm)", ph.get("arms").heapPeakMb(), 1_024, "MB heap peak"));
        resources.add(res("Memory (Reflex)", ph.get("reflex").heapPeakMb(), 100, "MB retained by the chain after GC"));
        resources.add(res("CPU (Orchestrator)", ph.get("orchestrator.complex").meanCpuSecondsPerOp() * 100 / 60.0, 2,
                "cores at 100 tasks/min"));
        resources.add(res("CPU (Arm)", ph.get("arms").meanCpuSecondsPerOp() * 500 / 60.0, 1,
                "cores at 500 tasks/min, our overhead only"));
        resources.add(res("CPU (Reflex)", ph.get("reflex").meanCpuSecondsPerOp() * 10_000, 0.5,
                "cores at 10,000 req/s"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seconds_per_phase", seconds);
        out.put("java", Runtime.version().toString());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("latency", latency);
        out.put("throughput", throughput);
        out.put("resources", resources);
        List<Map<String, Object>> c = new ArrayList<>();
        for (double[] p : curve) {
            c.add(Map.of("concurrency", (int) p[0], "tasks_per_s", Math.round(p[1])));
        }
        out.put("throughput_curve", c);
        out.put("footnote", "* includes simulated LLM latency: each arm call sleeps a log-normal time (median "
                + (int) LLM_MEDIAN_MS + " ms, sigma " + LLM_SIGMA + "); the measured value is that latency plus "
                + "our real overhead. CPU figures are the CPU time we spent per operation times the target rate.");
        return out;
    }

    private static Map<String, Object> tput(String component, double measured, double target, String unit,
            String note) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("component", component);
        r.put("measured", Math.round(measured * 10) / 10.0);
        r.put("target", target);
        r.put("unit", unit);
        r.put("pass", measured > target);
        r.put("note", note);
        return r;
    }

    private static Map<String, Object> res(String resource, double measured, double limit, String unit) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("resource", resource);
        r.put("measured", Math.round(measured * 1000) / 1000.0);
        r.put("limit", limit);
        r.put("unit", unit);
        r.put("pass", measured < limit);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> report) {
        StringBuilder sb = new StringBuilder();
        sb.append("\nLATENCY                      P50 (target)          P95 (target)          P99 (target)\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("latency")) {
            sb.append(String.format(Locale.ROOT, "%-24s%1s  %8.2f ms (<%5d)  %8.2f ms (<%5d)  %8.2f ms (<%5d)  %s%n",
                    r.get("component"), r.get("note"), r.get("p50_ms"), r.get("target_p50_ms"), r.get("p95_ms"),
                    r.get("target_p95_ms"), r.get("p99_ms"), r.get("target_p99_ms"), mark(r)));
        }
        sb.append("\nTHROUGHPUT                   measured          target\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("throughput")) {
            sb.append(String.format(Locale.ROOT, "%-24s%1s  %12.1f %-9s > %-8.0f %s%n", r.get("component"),
                    "*".equals(r.get("note")) ? "*" : "", r.get("measured"), r.get("unit"), r.get("target"), mark(r)));
        }
        sb.append("\nRESOURCES                    measured        limit (development)\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("resources")) {
            sb.append(String.format(Locale.ROOT, "%-26s %10.3f  < %-6s %-42s %s%n", r.get("resource"),
                    r.get("measured"), fmt((Double) r.get("limit")), r.get("unit"), mark(r)));
        }
        sb.append('\n').append(report.get("footnote")).append('\n');
        return sb.toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String mark(Map<String, Object> r) {
        return Boolean.TRUE.equals(r.get("pass")) ? "PASS" : "FAIL";
    }

    // ---------------------------------------------------------------- html

    @SuppressWarnings("unchecked")
    private static String html(Map<String, Object> report, Map<String, Phase> phases, List<double[]> curve) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OctoLLM performance report</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:")
                .append("collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}")
                .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}.pass{color:#070;")
                .append("font-weight:bold}.fail{color:#b00;font-weight:bold}.charts{display:flex;flex-wrap:wrap;")
                .append("gap:1em}figure{margin:0}figcaption{font-size:90%;color:#555}</style></head><body>")
                .append("<h1>OctoLLM performance report</h1><p>Java ").append(esc(String.valueOf(report.get("java"))))
                .append(", ").append(report.get("cores")).append(" cores, ").append(report.get("seconds_per_phase"))
                .append(" s per phase.</p><h2>Latency</h2><table><tr><th>Component</th><th>P50</th><th>target</th>")
                .append("<th>P95</th><th>target</th><th>P99</th><th>target</th><th>samples</th><th></th></tr>");
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("latency")) {
            sb.append("<tr><td>").append(esc(r.get("component") + String.valueOf(r.get("note")))).append("</td>");
            for (String p : new String[] {"50", "95", "99"}) {
                sb.append("<td>").append(String.format(Locale.ROOT, "%.2f ms", (Double) r.get("p" + p + "_ms")))
                        .append("</td><td>&lt; ").append(r.get("target_p" + p + "_ms")).append(" ms</td>");
            }
            sb.append("<td>").append(r.get("samples")).append("</td>").append(cell(r)).append("</tr>");
        }
        sb.append("</table><h2>Throughput</h2><table><tr><th>Component</th><th>measured</th><th>target</th><th></th>")
                .append("</tr>");
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("throughput")) {
            sb.append("<tr><td>").append(esc(String.valueOf(r.get("component")))).append("</td><td>")
                    .append(r.get("measured")).append(' ').append(r.get("unit")).append("</td><td>&gt; ")
                    .append(fmt((Double) r.get("target"))).append("</td>").append(cell(r)).append("</tr>");
        }
        sb.append("</table><h2>Resources</h2><table><tr><th>Resource</th><th>measured</th><th>limit</th><th>unit</th>")
                .append("<th></th></tr>");
        for (Map<String, Object> r : (List<Map<String, Object>>) report.get("resources")) {
            sb.append("<tr><td>").append(esc(String.valueOf(r.get("resource")))).append("</td><td>")
                    .append(r.get("measured")).append("</td><td>&lt; ").append(fmt((Double) r.get("limit")))
                    .append("</td><td>").append(esc(String.valueOf(r.get("unit")))).append("</td>").append(cell(r))
                    .append("</tr>");
        }
        sb.append("</table><p><small>").append(esc(String.valueOf(report.get("footnote")))).append("</small></p>")
                .append("<h2>Latency histograms</h2><div class=\"charts\">");
        for (Map.Entry<String, Phase> e : phases.entrySet()) {
            sb.append(histogramSvg(e.getKey(), e.getValue().latency()));
        }
        sb.append("</div><h2>Throughput vs concurrency (complex tasks, instant arms)</h2>").append(curveSvg(curve))
                .append("</body></html>\n");
        return sb.toString();
    }

    private static String cell(Map<String, Object> r) {
        boolean pass = Boolean.TRUE.equals(r.get("pass"));
        return "<td class=\"" + (pass ? "pass" : "fail") + "\">" + (pass ? "PASS" : "FAIL") + "</td>";
    }

    private static String histogramSvg(String name, LatencyHistogram h) {
        long[][] buckets = h.buckets();
        int w = 360;
        int ht = 160;
        long max = 1;
        for (long[] b : buckets) {
            max = Math.max(max, b[1]);
        }
        int first = 0;
        while (first < buckets.length && buckets[first][1] == 0) {
            first++;
        }
        int n = Math.max(1, buckets.length - first);
        double bw = (w - 40) / (double) n;
        StringBuilder sb = new StringBuilder("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w
                + "\" height=\"" + (ht + 30) + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>");
        for (int i = first; i < buckets.length; i++) {
            double bh = (ht - 10) * buckets[i][1] / (double) max;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#4a7bd0\"><title>&lt;= %d us: %d</title></rect>", 30 + (i - first) * bw, ht - bh,
                    Math.max(1, bw - 1), bh, buckets[i][0], buckets[i][1]));
        }
        if (buckets.length > first) {
            sb.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%d\" font-size=\"11\">%s</text>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>", ht + 15,
                    micros(buckets[first][0]), w - 10, ht + 15, micros(buckets[buckets.length - 1][0])));
        }
        sb.append("</svg><figcaption>").append(esc(name)).append(": ").append(h.count()).append(" samples, P50 ")
                .append(micros(h.percentileMicros(0.5))).append(", P99 ").append(micros(h.percentileMicros(0.99)))
                .append("</figcaption></figure>");
        return sb.toString();
    }

    private static String micros(long us) {
        return us < 1000 ? us + " us" : us < 1_000_000 ? String.format(Locale.ROOT, "%.1f ms", us / 1000.0)
                : String.format(Locale.ROOT, "%.2f s", us / 1e6);
    }

    private static String curveSvg(List<double[]> curve) {
        int w = 480;
        int h = 220;
        double maxY = 1;
        for (double[] p : curve) {
            maxY = Math.max(maxY, p[1]);
        }
        StringBuilder pts = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < curve.size(); i++) {
            double x = 50 + i * (w - 80) / (double) Math.max(1, curve.size() - 1);
            double y = h - 30 - (h - 50) * curve.get(i)[1] / maxY;
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            labels.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#d04a4a\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d/s</text>", x, y, x, h - 12,
                    (int) curve.get(i)[0], x, y - 6, Math.round(curve.get(i)[1])));
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\"><rect width=\"100%\""
                + " height=\"100%\" fill=\"#fafafa\"/><polyline fill=\"none\" stroke=\"#d04a4a\" stroke-width=\"2\" "
                + "points=\"" + pts + "\"/>" + labels + "<text x=\"" + (w / 2) + "\" y=\"" + (h - 1)
                + "\" font-size=\"11\" text-anchor=\"middle\">tasks in flight</text></svg>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
