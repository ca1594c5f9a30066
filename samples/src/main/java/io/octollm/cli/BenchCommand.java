package io.octollm.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code octollm bench MODE ...}: quick load harnesses that print one JSON line each. JMH in
 * {@code benchmarks/} remains the precise tool. Each mode is a {@link Command} of its own.
 */
final class BenchCommand implements Command {

    /** Modes by name; add a mode here. */
    static Map<String, Command> modes() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : List.<Command>of(
                new EngineBenchCommand(),
                new ReportBenchCommand(),
                new StoreBenchCommand(),
                new ReflexBenchCommand())) {
            m.put(c.name(), c);
        }
        return m;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure a component under load and print one JSON line";
    }

    @Override
    public String help() {
        StringBuilder sb = new StringBuilder("Usage: octollm bench MODE [OPTIONS]\n\nModes:\n");
        for (Command c : modes().values()) {
            sb.append(String.format("  %-8s %s%n", c.name(), c.summary()));
        }
        sb.append("\nRun 'octollm bench MODE --help' for a mode's options.");
        return sb.toString();
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("missing MODE; one of " + modes().keySet());
        }
        Command mode = modes().get(args.get(0));
        if (mode == null) {
            throw new UsageException("unknown mode '" + args.get(0) + "'; one of " + modes().keySet());
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            io.out().println(mode.help());
            return 0;
        }
        return mode.run(rest, io);
    }
}
