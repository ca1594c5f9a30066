package io.octollm.core.arms.coder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one Java compilation unit in memory (nothing is written to disk) against the running
 * application's class path. Thread-safe: each check uses its own file manager.
 */
final class JavaSourceCheck {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ANY_TYPE = Pattern.compile(
            "(?m)^\\s*(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final int MAX_DIAGNOSTICS = 10;

    private final JavaCompiler compiler;

    /** Uses the platform compiler, which is absent on a bare JRE. */
    JavaSourceCheck() {
        this(systemCompiler());
    }

    /** @param compiler the compiler, or null when none is available */
    JavaSourceCheck(JavaCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * @param available whether a compiler was found
     * @param ok whether the code compiled (ignoring missing libraries)
     * @param errors compiler errors as {@code line N: message}
     * @param missingPackages packages the code imports that are not on the class path
     */
    record Report(boolean available, boolean ok, List<String> errors, List<String> missingPackages) {
        Report {
            errors = List.copyOf(errors);
            missingPackages = List.copyOf(missingPackages);
        }
    }

    Report check(String source) {
        if (compiler == null) {
            return new Report(false, false, List.of(), List.of());
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
                JavaFileManager memory = new DiscardingFileManager(standard)) {
            JavaFileObject unit = new SourceInMemory(typeName(source), source);
            List<String> options = List.of("-proc:none", "-Xlint:none", "-classpath",
                    System.getProperty("java.class.path", ""));
            compiler.getTask(new StringWriter(), memory, diagnostics, options, null, List.of(unit)).call();
        } catch (IOException | RuntimeException e) {
            return new Report(true, false, List.of("the compiler failed: " + e), List.of());
        }
        List<String> errors = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        boolean onlyMissingLibraries = true;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String code = d.getCode() == null ? "" : d.getCode();
            String message = d.getMessage(Locale.ROOT);
            if ("compiler.err.doesnt.exist".equals(code)) {
                Matcher m = Pattern.compile("package (\\S+) does not exist").matcher(message);
                missing.add(m.find() ? m.group(1) : message);
            } else if (!code.startsWith("compiler.err.cant.resolve")) {
                onlyMissingLibraries = false;
            }
            if (errors.size() < MAX_DIAGNOSTICS) {
                String line = d.getLineNumber() > 0 ? "line " + d.getLineNumber() + ": " : "";
                errors.add(line + (message.length() > 400 ? message.substring(0, 400) + "..." : message));
            }
        }
        if (errors.isEmpty()) {
            return new Report(true, true, List.of(), List.of());
        }
        if (!missing.isEmpty() && onlyMissingLibraries) {
            // it parsed and type-checked except for libraries this JVM does not have (JUnit, ...)
            return new Report(true, true, List.of(), new ArrayList<>(missing));
        }
        return new Report(true, false, errors, new ArrayList<>(missing));
    }

    /** @return the public type's name (the file must carry it), else the first type's, else {@code Main} */
    static String typeName(String source) {
        Matcher m = PUBLIC_TYPE.matcher(source);
        if (m.find()) {
            return m.group(1);
        }
        m = ANY_TYPE.matcher(source);
        return m.find() ? m.group(1) : "Main";
    }

    private static JavaCompiler systemCompiler() {
        try {
            return ToolProvider.getSystemJavaCompiler();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static final class SourceInMemory extends SimpleJavaFileObject {
        private final String source;

        SourceInMemory(String typeName, String source) {
            super(URI.create("string:///" + typeName + Kind.SOURCE.extension), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }

    private static final class DiscardedOutput extends SimpleJavaFileObject {
        DiscardedOutput(String className, Kind kind) {
            super(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind);
        }

        @Override
        public OutputStream openOutputStream() {
            return OutputStream.nullOutputStream();
        }
    }

    private static final class DiscardingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        DiscardingFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            return new DiscardedOutput(className, kind);
        }
    }
}
