package io.octollm.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the tool in-process with captured streams. */
final class CliTestSupport {
    record Outcome(int code, String out, String err) {
    }

    private CliTestSupport() {
    }

    static Outcome run(Path cwd, String... args) {
        return runWithInput(cwd, "", args);
    }

    static Outcome runWithEnv(Path cwd, Map<String, String> env, String... args) {
        return runIo(cwd, "", env, args);
    }

    static Outcome runWithInput(Path cwd, String stdin, String... args) {
        return runIo(cwd, stdin, Map.of(), args);
    }

    private static Outcome runIo(Path cwd, String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliIO io = new CliIO(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, cwd);
        int code = Main.run(List.of(args), io);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
