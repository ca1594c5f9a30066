package io.octollm.samples.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real tool as a separate JVM with the built plug-in jar next to it, exactly as the
 * README shows: {@code java -cp octollm.jar:calculator-arm.jar io.octollm.cli.Main ...}. Runs in
 * {@code verify}, after {@code package} wrote {@code target/calculator-arm.jar}.
 */
class CalculatorArmJarIT {
    private static Path octollmJar;
    private static Path calculatorJar;

    @TempDir
    Path cwd;

    private record Outcome(int code, String out, String err) {
    }

    @BeforeAll
    static void jarsAreBuilt() {
        octollmJar = Path.of(System.getProperty("octollm.jar", "../target/octollm.jar")).toAbsolutePath().normalize();
        calculatorJar = Path.of(System.getProperty("calculator.jar", "target/calculator-arm.jar")).toAbsolutePath()
                .normalize();
        assertThat(octollmJar).as("the tool's jar; build it with: mvn -pl samples package -DskipTests").isRegularFile();
        assertThat(calculatorJar).as("this module's jar, written by 'package'").isRegularFile();
    }

    private Outcome octollm(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                octollmJar + File.pathSeparator + calculatorJar, "io.octollm.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("octollm " + String.join(" ", args) + " did not exit; stderr: "
                    + err.getNow(""));
        }
        return new Outcome(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void armsJson_withThePluginJarOnTheClassPath_listsTheCalculatorFromItsProvider() throws Exception {
        Outcome r = octollm("arms", "--json");

        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isZero();
        assertThat(r.out()).containsPattern("\"id\"\\s*:\\s*\"calculator\"")
                .contains("provider " + CalculatorArmProvider.class.getName())
                .contains("\"math\"", "\"calculation\"");
    }

    @Test
    void run_arithmeticGoal_isRoutedToTheCalculatorAndPrintsTheValue() throws Exception {
        Outcome r = octollm("run", "calculate 2 * (3 + 4)");

        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("14");
        assertThat(r.err()).contains("[calculator]");
    }

    @Test
    void run_malformedArithmetic_exitsOneWithTheValidationMessage() throws Exception {
        Outcome r = octollm("run", "calculate 2 * (3 +");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("[calculator]").contains("cannot evaluate");
    }

    @Test
    void arms_withoutThePluginJar_doesNotListTheCalculator() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", octollmJar.toString(), "io.octollm.cli.Main", "arms",
                "--json").directory(cwd.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = read(p.getInputStream());
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(out).doesNotContain("calculator");
    }
}
