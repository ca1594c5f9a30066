package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.core.json.TaskJson;
import io.octollm.spi.arm.ArmCapability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code octollm arms}: the arms the engine would route to, built-ins and plug-ins alike. */
final class ArmsCommand implements Command {
    @Override
    public String name() {
        return "arms";
    }

    @Override
    public String summary() {
        return "list the arms the engine can route to";
    }

    @Override
    public String help() {
        return """
                Usage: octollm arms [--json]

                Lists every arm the engine would use: the built-in arms and any plug-in arm found
                on the class path (META-INF/services/io.octollm.spi.arm.ArmProvider), with id,
                capability tags, cost tier and where it came from.

                Options:
                  --json   print a JSON array instead of a table""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of("--json"), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        try (OctoLlm engine = Engines.offline(io.cwd(), io.cwd()).build()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ArmCapability c : engine.arms().capabilities()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", c.armId());
                r.put("tags", new TreeSet<>(c.tags()));
                r.put("cost_tier", c.costTier());
                r.put("max_concurrency", c.maxConcurrency());
                r.put("version", c.armVersion());
                r.put("description", c.description());
                r.put("source", engine.arms().source(c.armId()));
                rows.add(r);
            }
            if (a.flag("--json")) {
                io.out().println(TaskJson.write(rows));
            } else {
                io.out().printf("%-12s %-5s %-60s %s%n", "ID", "COST", "TAGS", "DESCRIPTION");
                for (Map<String, Object> r : rows) {
                    io.out().printf("%-12s %-5s %-60s %s%n", r.get("id"), r.get("cost_tier"),
                            String.join(",", castSet(r.get("tags"))), r.get("description"));
                }
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> castSet(Object o) {
        return (Set<String>) o;
    }
}
