package io.octollm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.octollm.reflex.Finding;
import io.octollm.reflex.ReflexChain;
import io.octollm.reflex.ReflexOutcome;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.Severity;
import io.octollm.reflex.pii.RedactionStrategy;
import io.octollm.reflex.pii.Redactor;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code octollm scan [--jsonl] [FILE|-]}: runs the default reflex chain (no rate limit, no cache)
 * over text and reports PII, secrets and prompt-injection findings. Offsets are Java string indices.
 */
final class ScanCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public String summary() {
        return "find PII, secrets and prompt injection in text (reflex chain)";
    }

    @Override
    public String help() {
        return """
                Usage: octollm scan [--jsonl] [FILE|-]

                Runs the reflex chain (validation, PII and secret detection with redaction,
                prompt-injection detection) over the input. No LLM, no network.

                Plain mode reads the whole input as one text and prints the outcome and each
                finding on its own line.

                --jsonl reads one JSON object per line, {"id": ..., "text": ...}, and writes one
                line per input:
                  {"id", "outcome": "PASS|BLOCKED|REJECTED", "pii": [{"type","start","end","confidence"}],
                   "injection": {"detected", "severity", "score", "matches": [{"category","start","end"}]},
                   "redacted": "..."}
                injection.detected is true when the default chain blocks or flags the text.
                Offsets are Java string (UTF-16) indices. A malformed line gets
                {"id" (or "line"), "error": "..."} and the scan goes on.

                Options:
                  --jsonl   JSON Lines in and out
                Examples:
                  echo 'mail me at a@b.io' | octollm scan
                  octollm scan --jsonl prompts.jsonl > findings.jsonl""";
    }

    static ReflexChain chain() {
        return ReflexChain.builder().rateLimiting(false).caching(false).maxTextLength(1_000_000).build();
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of("--jsonl"), Set.of());
        if (a.positionals().size() > 1) {
            throw new UsageException("expected at most one FILE, got " + a.positionals().size());
        }
        String file = a.positionals().isEmpty() ? "-" : a.positionals().get(0);
        InputStream in;
        if (file.equals("-")) {
            in = io.in();
        } else {
            Path p = io.cwd().resolve(file);
            if (!Files.isReadable(p)) {
                throw new UsageException("cannot read " + file);
            }
            in = Files.newInputStream(p);
        }
        ReflexChain chain = chain();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (a.flag("--jsonl")) {
                return jsonl(r, chain, io);
            }
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return plain(sb.toString(), chain, io);
        }
    }

    private static int plain(String text, ReflexChain chain, CliIO io) {
        ReflexOutcome o = chain.process(ReflexRequest.of(text));
        io.out().println("outcome: " + o.status().toUpperCase(Locale.ROOT));
        List<Finding> findings = List.of();
        if (o instanceof ReflexOutcome.Pass) {
            findings = ((ReflexOutcome.Pass) o).findings();
        } else if (o instanceof ReflexOutcome.Blocked) {
            io.out().println("reason: " + ((ReflexOutcome.Blocked) o).reason());
            findings = ((ReflexOutcome.Blocked) o).findings();
        } else if (o instanceof ReflexOutcome.Rejected) {
            for (String e : ((ReflexOutcome.Rejected) o).errors()) {
                io.out().println("error: " + e);
            }
            return 1;
        }
        for (Finding f : findings) {
            io.out().printf(Locale.ROOT, "%-8s %-30s [%d, %d) %-8s confidence %.2f%s%n",
                    f.category(), f.type(), f.start(), f.end(), f.severity(), f.confidence(),
                    f.detail().isEmpty() ? "" : " (" + f.detail() + ")");
        }
        if (findings.isEmpty()) {
            io.out().println("no findings");
        }
        if (o instanceof ReflexOutcome.Pass && !findings.isEmpty()) {
            io.out().println("redacted: " + ((ReflexOutcome.Pass) o).sanitizedText());
        }
        return 0;
    }

    private static int jsonl(BufferedReader r, ReflexChain chain, CliIO io) throws Exception {
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode out = JSON.createObjectNode();
            JsonNode in;
            try {
                in = JSON.readTree(line);
            } catch (Exception e) {
                out.put("line", lineNo);
                out.put("error", "malformed JSON: " + firstLine(e.getMessage()));
                io.out().println(JSON.writeValueAsString(out));
                continue;
            }
            if (in == null || !in.isObject()) {
                out.put("line", lineNo);
                out.put("error", "expected a JSON object with \"id\" and \"text\"");
                io.out().println(JSON.writeValueAsString(out));
                continue;
            }
            JsonNode id = in.get("id");
            if (id != null) {
                out.set("id", id);
            } else {
                out.put("line", lineNo);
            }
            JsonNode text = in.get("text");
            if (text == null || !text.isTextual()) {
                out.put("error", "missing string field \"text\"");
                io.out().println(JSON.writeValueAsString(out));
                continue;
            }
            write(out, text.asText(), chain.process(ReflexRequest.of(text.asText())));
            io.out().println(JSON.writeValueAsString(out));
        }
        return 0;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void write(ObjectNode out, String text, ReflexOutcome o) {
        out.put("outcome", o.status().toUpperCase(Locale.ROOT));
        List<Finding> findings = new ArrayList<>();
        String redacted = null;
        boolean detected = false;
        if (o instanceof ReflexOutcome.Pass) {
            ReflexOutcome.Pass p = (ReflexOutcome.Pass) o;
            findings = p.findings();
            redacted = p.sanitizedText();
            detected = p.injectionFlagged();
        } else if (o instanceof ReflexOutcome.Blocked) {
            findings = ((ReflexOutcome.Blocked) o).findings();
            detected = true;
            List<Finding> piiOnly = new ArrayList<>();
            for (Finding f : findings) {
                if (f.category() != Finding.Category.INJECTION) {
                    piiOnly.add(f);
                }
            }
            redacted = Redactor.of(RedactionStrategy.placeholder()).redact(text, piiOnly).text();
        } else if (o instanceof ReflexOutcome.Rejected) {
            ArrayNode errs = out.putArray("errors");
            ((ReflexOutcome.Rejected) o).errors().forEach(errs::add);
        }
        ArrayNode pii = out.putArray("pii");
        ObjectNode inj = JSON.createObjectNode();
        ArrayNode matches = JSON.createArrayNode();
        Severity worst = null;
        double score = 0;
        for (Finding f : findings) {
            if (f.category() == Finding.Category.INJECTION) {
                ObjectNode m = matches.addObject();
                m.put("category", f.type());
                m.put("start", f.start());
                m.put("end", f.end());
                m.put("severity", f.severity().name());
                if (worst == null || f.severity().compareTo(worst) > 0) {
                    worst = f.severity();
                }
                score = Math.max(score, f.confidence() * f.severity().score() / 9.0);
            } else {
                ObjectNode p = pii.addObject();
                p.put("type", f.type());
                p.put("start", f.start());
                p.put("end", f.end());
                p.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
                if (!f.detail().isEmpty()) {
                    p.put("kind", f.detail());
                }
            }
        }
        inj.put("detected", detected);
        if (worst == null) {
            inj.putNull("severity");
        } else {
            inj.put("severity", worst.name());
        }
        inj.put("score", Math.round(score * 1000) / 1000.0);
        inj.set("matches", matches);
        out.set("injection", inj);
        if (redacted != null) {
            out.put("redacted", redacted);
        } else {
            out.putNull("redacted");
        }
    }
}
