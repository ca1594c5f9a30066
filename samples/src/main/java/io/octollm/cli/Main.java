package io.octollm.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the {@code octollm} tool: {@code java -jar samples/target/octollm.jar CMD ...}.
 * Exit codes: 0 success, 1 the work failed, 2 bad usage.
 */
public final class Main {
    private Main() {
    }

    /**
     * The sub-commands, in the order {@code --help} lists them. Add a command here.
     *
     * @return commands by name
     */
    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : List.<Command>of(
                new RunCommand(),
                new ArmsCommand(),
                new BenchCommand(),
                new SubmitCommand(), new WorkerCommand(), new TasksCommand(), new TaskCommand(),
                new ScanCommand())) {
            m.put(c.name(), c);
        }
        return m;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int code = run(Arrays.asList(args), CliIO.system());
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the tool in-process (used by tests).
     *
     * @param args arguments
     * @param io streams and environment
     * @return exit code
     */
    static int run(List<String> args, CliIO io) {
        Map<String, Command> commands = commands();
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                io.out().println(commands.get(args.get(1)).help());
                return 0;
            }
            io.out().println(usage(commands));
            return args.isEmpty() ? 2 : 0;
        }
        if (args.get(0).equals("--version")) {
            io.out().println("octollm " + version());
            return 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            io.err().println("octollm: unknown command '" + args.get(0) + "'. Run 'octollm --help' for the list.");
            return 2;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        boolean benchMode = command instanceof BenchCommand && !rest.isEmpty() && !rest.get(0).startsWith("-");
        if (!benchMode && (rest.contains("--help") || rest.contains("-h"))) {
            io.out().println(command.help());
            return 0;
        }
        try {
            return command.run(rest, io);
        } catch (UsageException e) {
            io.err().println("octollm " + command.name() + ": " + e.getMessage());
            io.err().println("Run 'octollm " + command.name() + " --help' for usage.");
            return 2;
        } catch (Exception e) {
            io.err().println("octollm " + command.name() + ": error: " + e.getMessage());
            return 1;
        }
    }

    private static String usage(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("octollm ").append(version()).append(" - run LLM work safely, fast and cheaply\n\n");
        sb.append("Usage: octollm COMMAND [OPTIONS]\n\nCommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nRun 'octollm COMMAND --help' for a command's options.");
        return sb.toString();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
