package io.octollm.core.arms.executor;

import io.octollm.core.internal.Hashes;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs allow-listed commands as real processes.
 *
 * <p>Guarantees: the command is looked up in the allow-list and run by its absolute path with an
 * argument array — no shell ever sees it, and arguments with shell syntax ({@code ; & | $ ` < >}
 * or a newline) are refused so the intent is plain; arguments may not contain a {@code ..} path
 * segment, absolute paths must lie inside the workspace, and existing paths are resolved through
 * symbolic links and must stay inside it; the process starts in the workspace with an emptied
 * environment ({@code PATH}, {@code LANG}, {@code HOME}=workspace only) and no standard input;
 * stdout and stderr are capped (a flood kills the process); on timeout, on the engine's
 * interrupt or on an output flood the whole process tree is killed. Provenance carries a
 * SHA-256 of the executable and arguments, and the exit code.
 *
 * <p>When the machine has {@code prlimit} (util-linux), each command also runs under OS limits:
 * address space (default 1 GiB), CPU seconds (the timeout), file size (64 MiB) and open files.
 * Not guaranteed here: isolation from the rest of the file system for what an allowed command
 * reads on its own beyond the argument checks, and network isolation of commands (none of the
 * default commands uses the network). The {@code http_get} action ({@code action=http_get},
 * {@code url=...}) fetches only from allow-listed hosts over https, re-checking redirects and
 * capping the body. Thread-safe.
 *
 * <p>Steps give {@code command} and {@code args} parameters; without them the arm infers one
 * command from the instruction ({@link CommandInference}).
 */
public final class ToolExecutorArm implements Arm {
    private static final ArmCapability CAPABILITY = ArmCapability.of("executor",
            "Runs allow-listed commands (ls, find, grep, head, wc, git, ...) in the workspace, without a shell",
            Set.of("tool_execution", "shell", "filesystem"),
            Set.of("list", "count", "run", "execute", "command", "ls", "grep", "cat", "head", "tail", "wc", "du",
                    "git", "files", "workspace", "directory", "folder", "disk", "sources", "echo", "how", "many",
                    "number"),
            3, 8);
    private static final String SHELL_SYNTAX = ";&|$`<>\n\r";
    private static final int LIST_LIMIT = 200;

    private final Path workspace;
    private final Map<String, AllowedCommand> allowed;
    private final Duration timeout;
    private final int maxStdoutBytes;
    private final int maxStderrBytes;
    private final HttpFetcher http;
    private final boolean workspacePerTask;
    private final List<String> limiter;

    private ToolExecutorArm(Builder b) {
        this.workspace = b.workspace;
        this.allowed = Map.copyOf(b.allowed);
        this.timeout = b.timeout;
        this.maxStdoutBytes = b.maxStdoutBytes;
        this.maxStderrBytes = b.maxStderrBytes;
        this.http = new HttpFetcher(b.allowedHosts, b.allowHttp, b.maxHttpBytes, b.timeout);
        this.workspacePerTask = b.workspacePerTask;
        this.limiter = b.osLimits ? osLimiter(b) : List.of();
    }

    /**
     * {@code prlimit} from util-linux, when the machine has it: caps address space, CPU seconds,
     * file size and open files of each command. Empty when not available.
     */
    private static List<String> osLimiter(Builder b) {
        Path prlimit = Path.of("/usr/bin/prlimit");
        if (!Files.isExecutable(prlimit)) {
            return List.of();
        }
        long cpu = Math.max(1, b.timeout.toSeconds() + 1);
        return List.of(prlimit.toString(), "--as=" + b.maxMemoryBytes, "--cpu=" + cpu, "--fsize=" + (64L << 20),
                "--nofile=256", "--");
    }

    /** @return the OS limiter prefix in use (empty when none is available or it is switched off) */
    public List<String> osLimiter() {
        return limiter;
    }

    /**
     * @param workspace the folder commands run in and may touch
     * @return a builder with the default allow-list (those found on this machine) and limits
     */
    public static Builder builder(Path workspace) {
        return new Builder(workspace);
    }

    @Override
    public ArmCapability capability() {
        return CAPABILITY;
    }

    /** @return the allow-list, by command name */
    public Map<String, AllowedCommand> allowedCommands() {
        return allowed;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        if ("http_get".equals(request.parameter("action"))) {
            String url = request.parameter("url");
            if (url == null) {
                return ArmResult.failure(ArmError.of("BAD_ARGUMENTS", ErrorCategory.VALIDATION,
                        "action http_get needs a 'url' parameter"));
            }
            return http.get(url);
        }
        Path dir = workspace;
        if (workspacePerTask) {
            String safe = request.taskId().replaceAll("[^A-Za-z0-9._-]", "_");
            dir = workspace.resolve(safe);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                return ArmResult.failure(ArmError.of("WORKSPACE_FAILED", ErrorCategory.INTERNAL,
                        "could not create the task workspace " + dir + ": " + e.getMessage()));
            }
        }
        String command = request.parameter("command");
        List<String> args = new ArrayList<>();
        CommandInference.Mode mode = CommandInference.Mode.RAW;
        String label = null;
        if (command == null) {
            CommandInference.Inferred inferred = CommandInference.infer(request.instruction());
            if (inferred == null) {
                return ArmResult.failure(ArmError.of("CANNOT_INFER_COMMAND", ErrorCategory.VALIDATION,
                        "no allow-listed command fits '" + firstLine(request.instruction())
                                + "'; give the step 'command' and 'args' parameters (allowed: " + new TreeMap<>(allowed)
                                .keySet() + ")"));
            }
            command = inferred.command();
            args.addAll(inferred.args());
            mode = inferred.mode();
            label = inferred.label();
        } else {
            Object raw = request.parameters().get("args");
            if (raw instanceof List<?> list) {
                for (Object o : list) {
                    args.add(String.valueOf(o));
                }
            } else if (raw != null) {
                return ArmResult.failure(ArmError.of("BAD_ARGUMENTS", ErrorCategory.VALIDATION,
                        "parameter 'args' must be a list of strings (never a shell string)"));
            }
        }
        return run(dir, command, args, mode, label);
    }

    /**
     * Runs one command with the guarantees described on the class.
     *
     * @param command allow-listed command name
     * @param args arguments, each passed as it is
     * @return the result; a refusal or failure is an error result, never an exception
     */
    public ArmResult run(String command, List<String> args) {
        return run(workspace, command, args, CommandInference.Mode.RAW, null);
    }

    private ArmResult run(Path dir, String command, List<String> args, CommandInference.Mode mode, String label) {
        AllowedCommand spec = allowed.get(command);
        if (spec == null) {
            return ArmResult.failure(ArmError.of("COMMAND_NOT_ALLOWED", ErrorCategory.AUTHORIZATION,
                    "command '" + command + "' is not on the allow-list " + new TreeMap<>(allowed).keySet()));
        }
        String refusal = checkArguments(dir, spec, args);
        if (refusal != null) {
            return ArmResult.failure(ArmError.of("ARGUMENT_REFUSED", ErrorCategory.AUTHORIZATION, refusal));
        }
        List<String> cmdline = new ArrayList<>();
        cmdline.add(spec.executable().toString());
        cmdline.addAll(args);
        String commandHash = Hashes.sha256(String.join("\u0000", cmdline));
        List<String> launched = new ArrayList<>(limiter);
        launched.addAll(cmdline);
        ProcessBuilder pb = new ProcessBuilder(launched).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        env.put("HOME", dir.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return ArmResult.failure(ArmError.of("START_FAILED", ErrorCategory.INTERNAL,
                    "could not start " + command + ": " + e.getMessage()));
        }
        AtomicBoolean flooded = new AtomicBoolean();
        Capture out = new Capture(p.getInputStream(), maxStdoutBytes, flooded, p);
        Capture err = new Capture(p.getErrorStream(), maxStderrBytes, null, p);
        Thread tOut = daemon(out, "octollm-exec-out");
        Thread tErr = daemon(err, "octollm-exec-err");
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(p);
            Thread.currentThread().interrupt();
            return ArmResult.failure(new ArmError("CANCELLED", ErrorCategory.CANCELLED,
                    command + " was stopped: the call was cancelled or timed out", false, null))
                    .withAttributes(Map.of("command_hash", commandHash));
        }
        if (!finished) {
            killTree(p);
        }
        join(tOut);
        join(tErr);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("command_hash", commandHash);
        attrs.put("capabilities", String.join(",", new java.util.TreeSet<>(spec.capabilities())));
        if (!finished) {
            return ArmResult.failure(new ArmError("EXECUTION_TIMEOUT", ErrorCategory.TIMEOUT,
                    command + " did not finish within " + timeout.toMillis() + " ms and was killed (with its children)",
                    false, null)).withAttributes(attrs);
        }
        if (flooded.get()) {
            return ArmResult.failure(new ArmError("OUTPUT_LIMIT", ErrorCategory.POLICY,
                    command + " wrote more than " + maxStdoutBytes + " bytes and was killed", false, null))
                    .withAttributes(attrs);
        }
        int exit = p.exitValue();
        attrs.put("exit_code", Integer.toString(exit));
        String stdout = out.text();
        String stderr = err.text();
        boolean ok = exit == 0 || (command.equals("grep") && exit == 1);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("command", command);
        data.put("args", List.copyOf(args));
        data.put("exit_code", exit);
        data.put("duration_ms", ms);
        data.put("stdout", stdout);
        data.put("stderr", stderr);
        if (!ok) {
            return new ArmResult(false, "", data, 0.0, null, new ArmError("NONZERO_EXIT", ErrorCategory.EXTERNAL,
                    command + " exited with " + exit + (stderr.isBlank() ? "" : ": " + firstLine(stderr)), false, null),
                    attrs);
        }
        String text = present(stdout, mode, label, data);
        return new ArmResult(true, text, data, 0.95, null, null, attrs);
    }

    private static String present(String stdout, CommandInference.Mode mode, String label, Map<String, Object> data) {
        List<String> lines = new ArrayList<>();
        for (String l : stdout.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.startsWith("./") ? l.substring(2) : l);
            }
        }
        switch (mode) {
            case COUNT:
                data.put("count", lines.size());
                return "Found " + lines.size() + " " + label + ".";
            case LIST:
                java.util.Collections.sort(lines);
                data.put("count", lines.size());
                StringBuilder sb = new StringBuilder();
                sb.append(lines.size()).append(' ').append(label).append(lines.isEmpty() ? "." : ":");
                for (int i = 0; i < Math.min(LIST_LIMIT, lines.size()); i++) {
                    sb.append('\n').append(lines.get(i));
                }
                if (lines.size() > LIST_LIMIT) {
                    sb.append("\n... and ").append(lines.size() - LIST_LIMIT).append(" more");
                }
                return sb.toString();
            default:
                return stdout.strip();
        }
    }

    private String checkArguments(Path workspace, AllowedCommand spec, List<String> args) {
        if (!spec.allowedSubcommands().isEmpty()
                && (args.isEmpty() || !spec.allowedSubcommands().contains(args.get(0)))) {
            return spec.name() + " may only run " + new java.util.TreeSet<>(spec.allowedSubcommands());
        }
        Path realWorkspace;
        try {
            realWorkspace = workspace.toRealPath();
        } catch (IOException e) {
            return "the workspace " + workspace + " is not accessible: " + e.getMessage();
        }
        for (String a : args) {
            if (a.indexOf('\0') >= 0) {
                return "an argument contains a NUL character";
            }
            for (int i = 0; i < a.length(); i++) {
                if (SHELL_SYNTAX.indexOf(a.charAt(i)) >= 0) {
                    return "argument '" + a + "' contains shell syntax '" + printable(a.charAt(i))
                            + "'; arguments are never interpreted by a shell, so this is refused";
                }
            }
            String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (spec.deniedArguments().contains(flag)) {
                return spec.name() + " argument '" + flag + "' is not allowed";
            }
            String value = a.startsWith("-") && a.contains("=") ? a.substring(a.indexOf('=') + 1) : a;
            if (value.startsWith("-")) {
                continue;
            }
            for (String seg : value.split("[/\\\\]")) {
                if (seg.equals("..")) {
                    return "argument '" + a + "' leaves the workspace with '..'";
                }
            }
            Path candidate;
            try {
                candidate = Path.of(value);
            } catch (RuntimeException e) {
                continue;
            }
            Path resolved = candidate.isAbsolute() ? candidate.normalize() : workspace.resolve(candidate).normalize();
            if (candidate.isAbsolute() && !resolved.startsWith(workspace) && !resolved.startsWith(realWorkspace)) {
                return "argument '" + a + "' is an absolute path outside the workspace " + workspace;
            }
            if (Files.exists(resolved)) {
                try {
                    Path real = resolved.toRealPath();
                    if (!real.startsWith(realWorkspace)) {
                        return "argument '" + a + "' resolves to " + real + ", outside the workspace";
                    }
                } catch (IOException e) {
                    return "argument '" + a + "' cannot be resolved: " + e.getMessage();
                }
            }
        }
        return null;
    }

    private static String printable(char c) {
        return c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c);
    }

    private static String firstLine(String s) {
        String l = s.lines().findFirst().orElse("").strip();
        return l.length() > 200 ? l.substring(0, 200) + "..." : l;
    }

    private static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a stream up to a cap; past the cap it kills the process (when asked) or discards. */
    private static final class Capture implements Runnable {
        private final InputStream in;
        private final int cap;
        private final AtomicBoolean flooded;
        private final Process process;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private volatile boolean truncated;

        Capture(InputStream in, int cap, AtomicBoolean flooded, Process process) {
            this.in = in;
            this.cap = cap;
            this.flooded = flooded;
            this.process = process;
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (InputStream s = in) {
                int n;
                while ((n = s.read(chunk)) > 0) {
                    int room = cap - buf.size();
                    if (room > 0) {
                        buf.write(chunk, 0, Math.min(room, n));
                    }
                    if (n > room) {
                        truncated = true;
                        if (flooded != null) {
                            flooded.set(true);
                            killTree(process);
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // the process was killed or closed its stream
            }
        }

        String text() {
            String s = buf.toString(StandardCharsets.UTF_8);
            return truncated ? s + "\n[truncated]" : s;
        }
    }

    /** Builds a {@link ToolExecutorArm}. Not thread-safe. */
    public static final class Builder {
        private final Path workspace;
        private final Map<String, AllowedCommand> allowed = new LinkedHashMap<>();
        private Duration timeout = Duration.ofSeconds(30);
        private int maxStdoutBytes = 1 << 20;
        private int maxStderrBytes = 64 << 10;
        private final Set<String> allowedHosts = new java.util.TreeSet<>(Set.of("api.github.com",
                "registry.npmjs.org", "pypi.org"));
        private boolean allowHttp;
        private int maxHttpBytes = 10 << 20;
        private boolean workspacePerTask;
        private boolean osLimits = true;
        private long maxMemoryBytes = 1L << 30;

        private Builder(Path workspace) {
            Objects.requireNonNull(workspace, "workspace");
            this.workspace = workspace.toAbsolutePath().normalize();
            Set<String> read = Set.of("shell_read");
            Set<String> fsRead = Set.of("shell_read", "filesystem_read");
            allowIfFound("echo", read, Set.of(), Set.of());
            for (String c : List.of("ls", "cat", "head", "tail", "wc", "du", "sort", "uniq")) {
                allowIfFound(c, fsRead, Set.of(), Set.of());
            }
            allowIfFound("grep", fsRead, Set.of("-f", "--file"), Set.of());
            allowIfFound("find", fsRead, Set.of("-exec", "-execdir", "-ok", "-okdir", "-delete", "-fprint", "-fprint0",
                    "-fprintf", "-fls"), Set.of());
            allowIfFound("git", fsRead, Set.of("-c", "-C", "--exec-path", "--git-dir", "--work-tree", "--output",
                    "--ext-diff", "--upload-pack"), Set.of("status", "log", "diff", "show", "ls-files", "rev-parse"));
        }

        private void allowIfFound(String name, Set<String> caps, Set<String> denied, Set<String> subcommands) {
            for (String dir : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    allowed.put(name, new AllowedCommand(name, p, caps, denied, subcommands));
                    return;
                }
            }
        }

        /** @param command an entry to add or replace @return this */
        public Builder allow(AllowedCommand command) {
            Objects.requireNonNull(command, "command");
            allowed.put(command.name(), command);
            return this;
        }

        /** @param name command to remove from the allow-list @return this */
        public Builder deny(String name) {
            allowed.remove(Objects.requireNonNull(name, "name"));
            return this;
        }

        /** @param timeout per command, positive (default 30 s) @return this */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** @param bytes stdout cap; more kills the process (default 1 MiB) @return this */
        public Builder maxStdoutBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxStdoutBytes must be >= 1, was " + bytes);
            }
            this.maxStdoutBytes = bytes;
            return this;
        }

        /** @param bytes stderr cap; more is discarded (default 64 KiB) @return this */
        public Builder maxStderrBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxStderrBytes must be >= 1, was " + bytes);
            }
            this.maxStderrBytes = bytes;
            return this;
        }

        /** @param host a host the http_get action may fetch from (exact, lower-case match) @return this */
        public Builder allowHost(String host) {
            allowedHosts.add(Objects.requireNonNull(host, "host").toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        /** @param allow let http_get use plain http, not only https (default false) @return this */
        public Builder allowHttp(boolean allow) {
            this.allowHttp = allow;
            return this;
        }

        /** @param bytes largest http_get response body (default 10 MiB) @return this */
        public Builder maxHttpBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxHttpBytes must be >= 1, was " + bytes);
            }
            this.maxHttpBytes = bytes;
            return this;
        }

        /**
         * @param enabled run each task's commands in a fresh folder {@code <workspace>/<taskId>} instead of
         *     the workspace itself (default false)
         * @return this
         */
        public Builder workspacePerTask(boolean enabled) {
            this.workspacePerTask = enabled;
            return this;
        }

        /**
         * @param enabled wrap commands in {@code prlimit} (address space, CPU seconds, file size, open files)
         *     when the machine has it (default true)
         * @return this
         */
        public Builder osLimits(boolean enabled) {
            this.osLimits = enabled;
            return this;
        }

        /** @param bytes address-space limit per command under OS limits (default 1 GiB) @return this */
        public Builder maxMemoryBytes(long bytes) {
            if (bytes < (16L << 20)) {
                throw new IllegalArgumentException("maxMemoryBytes must be at least 16 MiB, was " + bytes);
            }
            this.maxMemoryBytes = bytes;
            return this;
        }

        /**
         * @return the arm
         * @throws IllegalArgumentException when the workspace is not a directory
         */
        public ToolExecutorArm build() {
            if (!Files.isDirectory(workspace)) {
                throw new IllegalArgumentException("workspace " + workspace + " is not a directory");
            }
            return new ToolExecutorArm(this);
        }
    }
}
