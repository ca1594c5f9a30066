package io.octollm.core.arms.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ToolExecutorArmTest {
    @TempDir
    Path ws;
    @TempDir
    Path outside;

    private ToolExecutorArm arm;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(ws.resolve("A.java"), "class A {}\n");
        Files.createDirectories(ws.resolve("src"));
        Files.writeString(ws.resolve("src/B.java"), "class B {}\n");
        Files.writeString(ws.resolve("notes.md"), "TODO: write docs\n");
        arm = ToolExecutorArm.builder(ws).build();
    }

    private ArmResult instruct(String instruction) {
        return arm.execute(new ArmRequest("t", "s", instruction, null, null, null, null, Instant.now().plusSeconds(30),
                1, 1, 1), null);
    }

    private ArmResult command(ToolExecutorArm a, String command, String... args) {
        return a.execute(new ArmRequest("t", "s", "run", null, Map.of("command", command, "args", List.of(args)), null,
                null, Instant.now().plusSeconds(30), 1, 1, 1), null);
    }

    @Test
    void countJavaSources_runsFindAndCounts() {
        ArmResult r = instruct("count the java sources");
        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo("Found 2 .java files.");
        assertThat(r.data().get("count")).isEqualTo(2);
        assertThat(r.attributes()).containsKey("command_hash").containsEntry("exit_code", "0");
    }

    @Test
    void listFiles_listsSortedRelativePaths() {
        ArmResult r = instruct("list the files in the workspace");
        assertThat(r.success()).isTrue();
        assertThat(r.output()).contains("A.java").contains("src/B.java").contains("notes.md");
    }

    @Test
    void explicitCommand_argumentsAreNotInterpretedByAShell() {
        ArmResult r = command(arm, "echo", "*", "hello world");
        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo("* hello world");
    }

    @Test
    void commandNotOnAllowList_refused() {
        ArmResult r = command(arm, "rm", "-rf", ".");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("COMMAND_NOT_ALLOWED");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.AUTHORIZATION);
        assertThat(Files.exists(ws.resolve("A.java"))).isTrue();
    }

    @Test
    void readingEtcPasswd_refused() {
        ArmResult r = command(arm, "cat", "/etc/passwd");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("ARGUMENT_REFUSED");
        assertThat(r.error().message()).contains("outside the workspace");
    }

    @Test
    void dotDotTraversal_refused() {
        ArmResult r = command(arm, "cat", "src/../../etc/passwd");
        assertThat(r.success()).isFalse();
        assertThat(r.error().message()).contains("'..'");
    }

    @Test
    void symlinkPointingOutOfWorkspace_refused() throws Exception {
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(ws.resolve("link.txt"), outside.resolve("secret.txt"));
        ArmResult r = command(arm, "cat", "link.txt");
        assertThat(r.success()).isFalse();
        assertThat(r.error().message()).contains("outside the workspace");
        assertThat(r.output()).doesNotContain("secret");
    }

    @Test
    void shellSyntaxInArguments_refused() {
        for (String bad : List.of("a; rm -rf /", "x && y", "$(id)", "`id`", "a | b", "> out")) {
            ArmResult r = command(arm, "echo", bad);
            assertThat(r.success()).as(bad).isFalse();
            assertThat(r.error().message()).as(bad).contains("shell syntax");
        }
    }

    @Test
    void findExec_refused() {
        ArmResult r = command(arm, "find", ".", "-exec", "cat", "{}", "+");
        assertThat(r.success()).isFalse();
        assertThat(r.error().message()).contains("-exec");
    }

    @Test
    void outputFlood_killedAtCap() {
        ToolExecutorArm small = ToolExecutorArm.builder(ws).maxStdoutBytes(1000)
                .allow(new AllowedCommand("yes", Path.of("/usr/bin/yes"), Set.of(), Set.of(), Set.of())).build();
        ArmResult r = command(small, "yes", "flood");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("OUTPUT_LIMIT");
    }

    @Test
    void sleepPastTimeout_killedWithClearError() {
        ToolExecutorArm quick = ToolExecutorArm.builder(ws).timeout(Duration.ofMillis(300))
                .allow(new AllowedCommand("sleep", Path.of("/bin/sleep"), Set.of(), Set.of(), Set.of())).build();
        ArmResult r = command(quick, "sleep", "30");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("EXECUTION_TIMEOUT");
        assertThat(r.error().message()).contains("killed");
    }

    @Test
    void processIgnoringSigterm_andItsChildren_areKilledOnTimeout() throws Exception {
        // The fixture is a script file in the workspace: the arm passes "trap.sh" as a plain
        // argument, so no shell syntax ever goes through the arm itself.
        Files.writeString(ws.resolve("trap.sh"), "trap '' TERM\nsleep 60 &\necho $! > child.pid\nwait\n");
        ToolExecutorArm quick = ToolExecutorArm.builder(ws).timeout(Duration.ofMillis(700))
                .allow(new AllowedCommand("sh", Path.of("/bin/sh"), Set.of(), Set.of(), Set.of())).build();
        ArmResult r = quick.run("sh", List.of("trap.sh"));
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("EXECUTION_TIMEOUT");
        assertThat(r.error().message()).contains("killed (with its children)");
        long child = Long.parseLong(Files.readString(ws.resolve("child.pid")).strip());
        for (int i = 0; i < 100 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(20);
        }
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void shellScriptArgumentWithShellSyntax_isStillRefused() {
        ToolExecutorArm withSh = ToolExecutorArm.builder(ws)
                .allow(new AllowedCommand("sh", Path.of("/bin/sh"), Set.of(), Set.of(), Set.of())).build();
        ArmResult r = withSh.run("sh", List.of("-c", "trap '' TERM; sleep 60"));
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("ARGUMENT_REFUSED");
    }

    @Test
    void nonZeroExit_isTypedFailureWithStderr() {
        ArmResult r = command(arm, "cat", "missing.txt");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("NONZERO_EXIT");
        assertThat(r.error().message()).contains("missing.txt");
    }

    @Test
    void environment_isScrubbed() {
        ToolExecutorArm envArm = ToolExecutorArm.builder(ws)
                .allow(new AllowedCommand("env", Path.of("/usr/bin/env"), Set.of(), Set.of(), Set.of())).build();
        ArmResult r = command(envArm, "env");
        assertThat(r.success()).isTrue();
        assertThat(r.output().lines().map(l -> l.substring(0, l.indexOf('='))).toList())
                .containsExactlyInAnyOrder("PATH", "LANG", "LC_ALL", "HOME");
    }

    @Test
    void uninferableInstruction_typedValidationError() {
        ArmResult r = instruct("make me a sandwich");
        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("CANNOT_INFER_COMMAND");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.VALIDATION);
    }
}
