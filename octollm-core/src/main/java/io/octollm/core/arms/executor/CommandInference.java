package io.octollm.core.arms.executor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain-language instruction into one allow-listed command when no LLM is configured:
 * "list the files" → {@code find . -type f} (hidden, {@code target} and {@code node_modules} folders left out); "count the java
 * sources" → {@code find . -type f -name *.java} and a count; "show README.md" → {@code head -n
 * 200 README.md}; "grep for TODO" → {@code grep -rnI TODO .}; "disk usage" → {@code du -sh .};
 * "git status"/"git log". Returns null when nothing fits. Stateless.
 */
final class CommandInference {
    /** What to run and how to present the output. */
    record Inferred(String command, List<String> args, Mode mode, String label) {
    }

    /** How stdout becomes the answer. */
    enum Mode {
        /** Stdout as it is. */
        RAW,
        /** Sorted lines, capped, with a total. */
        LIST,
        /** The number of lines. */
        COUNT
    }

    private static final Map<String, String> LANGUAGE_EXTENSIONS = Map.ofEntries(
            Map.entry("java", "java"), Map.entry("kotlin", "kt"), Map.entry("python", "py"), Map.entry("py", "py"),
            Map.entry("javascript", "js"), Map.entry("js", "js"), Map.entry("typescript", "ts"), Map.entry("ts", "ts"),
            Map.entry("go", "go"), Map.entry("rust", "rs"), Map.entry("markdown", "md"), Map.entry("md", "md"),
            Map.entry("xml", "xml"), Map.entry("json", "json"), Map.entry("yaml", "yaml"), Map.entry("yml", "yml"),
            Map.entry("text", "txt"), Map.entry("txt", "txt"), Map.entry("c", "c"), Map.entry("cpp", "cpp"),
            Map.entry("scala", "scala"), Map.entry("groovy", "groovy"), Map.entry("sql", "sql"),
            Map.entry("html", "html"), Map.entry("css", "css"), Map.entry("shell", "sh"), Map.entry("sh", "sh"),
            Map.entry("csv", "csv"), Map.entry("properties", "properties"));
    private static final Pattern QUOTED = Pattern.compile("[\"'“‘]([^\"'”’]{1,200})[\"'”’]");
    private static final Pattern PATH_TOKEN = Pattern.compile("([A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.[A-Za-z0-9]{1,10})\\b");
    private static final Pattern EXT_TOKEN = Pattern.compile("\\*?\\.([a-z0-9]{1,10})\\b");

    private CommandInference() {
    }

    static Inferred infer(String instruction) {
        String text = instruction.lines().findFirst().orElse("").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = List.of(lower.split("[^a-z0-9.*_-]+"));
        if (words.contains("git")) {
            if (lower.contains("log") || lower.contains("history") || lower.contains("commits")) {
                return new Inferred("git", List.of("log", "--oneline", "-n", "20"), Mode.RAW, "recent commits");
            }
            return new Inferred("git", List.of("status", "--short"), Mode.RAW, "git status");
        }
        if (lower.contains("disk usage") || (words.contains("size") && (words.contains("workspace")
                || words.contains("folder") || words.contains("directory")))) {
            return new Inferred("du", List.of("-sh", "."), Mode.RAW, "disk usage");
        }
        if (words.contains("grep") || ((words.contains("search") || words.contains("occurrences"))
                && (words.contains("code") || words.contains("sources") || words.contains("files")))) {
            String needle = quoted(text);
            if (needle == null) {
                Matcher m = Pattern.compile("(?i)\\b(?:for|of)\\s+(\\S+)").matcher(text);
                needle = m.find() ? m.group(1) : null;
            }
            if (needle != null) {
                return new Inferred("grep", List.of("-rnI", "--exclude-dir=.git", "--exclude-dir=target", "-e", needle,
                        "."), Mode.LIST, "lines matching '" + needle + "'");
            }
        }
        boolean count = words.contains("count") || lower.contains("how many") || words.contains("number");
        boolean list = words.contains("list") || words.contains("ls") || words.contains("enumerate");
        if (count || list) {
            String ext = extension(words);
            List<String> args = new java.util.ArrayList<>(List.of("."));
            args.addAll(List.of("-type", "f", "-not", "-path", "*/.*", "-not", "-path", "*/target/*", "-not", "-path",
                    "*/node_modules/*"));
            if (ext != null) {
                args.add("-name");
                args.add("*." + ext);
            }
            String what = ext == null ? "files" : "." + ext + " files";
            return new Inferred("find", args, count ? Mode.COUNT : Mode.LIST, what);
        }
        if (words.contains("show") || words.contains("print") || words.contains("read") || words.contains("cat")
                || words.contains("display") || words.contains("open")) {
            Matcher m = PATH_TOKEN.matcher(text);
            if (m.find()) {
                return new Inferred("head", List.of("-n", "200", m.group(1)), Mode.RAW, m.group(1));
            }
        }
        if (words.contains("echo") || words.contains("say")) {
            String q = quoted(text);
            if (q != null) {
                return new Inferred("echo", List.of(q), Mode.RAW, "echo");
            }
        }
        return null;
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String extension(List<String> words) {
        for (String w : words) {
            String ext = LANGUAGE_EXTENSIONS.get(w);
            if (ext != null) {
                return ext;
            }
            Matcher m = EXT_TOKEN.matcher(w);
            if (w.startsWith("*.") || w.startsWith(".")) {
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
