package io.octollm.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The world a command sees: streams, environment and working directory. Tests pass their own.
 *
 * @param out standard output (results only; {@code --json} output goes here and nothing else)
 * @param err standard error (progress, diagnostics)
 * @param in standard input
 * @param env environment variables
 * @param cwd working directory
 */
record CliIO(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Path cwd) {
    static CliIO system() {
        return new CliIO(System.out, System.err, System.in, System.getenv(), Path.of("").toAbsolutePath());
    }
}
