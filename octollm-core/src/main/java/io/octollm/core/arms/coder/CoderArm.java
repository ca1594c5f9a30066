package io.octollm.core.arms.coder;

import io.octollm.core.llm.LlmErrors;
import io.octollm.spi.Usage;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes code with the host's chat model: {@code generate}, {@code debug}, {@code refactor},
 * {@code explain} and {@code test}, taken from the {@code operation} parameter or inferred from the
 * instruction. The model answers with a JSON object ({@code code}, {@code explanation},
 * {@code language}, {@code confidence}, {@code warnings}, {@code tests}); fences and prose around it
 * are tolerated. Java code is compiled in memory against the application's class path and, when it
 * does not compile, sent back with the compiler's diagnostics for at most two fixes; code in other
 * languages passes through with the warning {@code syntax not verified for <language>}.
 *
 * <p>Parameters: {@code operation}, {@code language}, {@code code} (or {@code existing_code}); the
 * outputs of dependency steps are given to the model as context.
 *
 * <p>Without a model ({@link ArmContext#llm()} empty) the arm does no work and returns the error
 * {@code LLM_REQUIRED} ({@link ErrorCategory#UNSUPPORTED}, not retryable). Model failures become the
 * errors of {@link LlmErrors#toArmError}; code that still does not compile after the fixes is
 * {@code COMPILATION_FAILED} with the diagnostics in the message. The result carries the tokens and
 * cost of every model call and the model's name in the {@code model} attribute.
 *
 * <p>Thread-safe: the arm holds only immutable settings; {@link #execute} never throws.
 */
public final class CoderArm implements Arm {
    /** The arm id. */
    public static final String ID = "coder";
    /** Fix rounds allowed after the first answer. */
    public static final int MAX_FIX_ATTEMPTS = 2;

    private static final Pattern LANGUAGE_IN_TEXT = Pattern.compile(
            "\\b(java|python|javascript|typescript|golang|go|rust|kotlin|scala|ruby|php|c#|c\\+\\+|sql|bash)\\b");
    private static final int MAX_CONTEXT_CHARS = 4000;
    private static final String SYSTEM_PROMPT = "You are the coder arm of OctoLLM, a careful senior software "
            + "engineer. Answer with exactly one JSON object and nothing else, with these fields:\n"
            + "  \"code\": string, the complete code (for Java: one complete compilation unit without a package "
            + "declaration that compiles with only the JDK unless the task names a library),\n"
            + "  \"explanation\": string, short and concrete,\n"
            + "  \"language\": string, lower-case language name,\n"
            + "  \"confidence\": number between 0 and 1,\n"
            + "  \"warnings\": array of strings (assumptions, limitations, risks),\n"
            + "  \"tests\": string, tests for the code, or an empty string.\n"
            + "Do not invent APIs. Keep the code self-contained.";

    private final ArmCapability capability;
    private final int maxFixAttempts;
    private final int maxTokens;
    private final double temperature;
    private final JavaSourceCheck javaCheck;

    /** A coder with two fix rounds, 4,000 completion tokens per answer, temperature 0.2, four calls at once. */
    public CoderArm() {
        this(MAX_FIX_ATTEMPTS, 4000, 4);
    }

    /**
     * @param maxFixAttempts fix rounds after the first answer (compile errors, unreadable answers), 0..2
     * @param maxTokens completion tokens per answer, 256..32,000
     * @param maxConcurrency calls the engine may run at once, at least 1
     * @throws IllegalArgumentException when a value is out of range
     */
    public CoderArm(int maxFixAttempts, int maxTokens, int maxConcurrency) {
        this(maxFixAttempts, maxTokens, maxConcurrency, new JavaSourceCheck());
    }

    CoderArm(int maxFixAttempts, int maxTokens, int maxConcurrency, JavaSourceCheck javaCheck) {
        if (maxFixAttempts < 0 || maxFixAttempts > MAX_FIX_ATTEMPTS) {
            throw new IllegalArgumentException("maxFixAttempts must be in 0.." + MAX_FIX_ATTEMPTS + ", was "
                    + maxFixAttempts);
        }
        if (maxTokens < 256 || maxTokens > 32_000) {
            throw new IllegalArgumentException("maxTokens must be in 256..32000, was " + maxTokens);
        }
        this.maxFixAttempts = maxFixAttempts;
        this.maxTokens = maxTokens;
        this.temperature = 0.2;
        this.javaCheck = Objects.requireNonNull(javaCheck, "javaCheck");
        this.capability = ArmCapability.of(ID,
                "Generates, debugs, refactors, explains and tests code with an LLM; Java is compiled and auto-fixed",
                Set.of("code_generation", "code_analysis", "refactoring", "debugging", "testing"),
                Set.of("code", "function", "class", "method", "implement", "refactor", "debug", "bug", "compile",
                        "program", "script", "snippet", "java", "python", "javascript", "typescript"),
                3, maxConcurrency);
    }

    @Override
    public ArmCapability capability() {
        return capability;
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        Optional<LlmClient> maybeLlm = context.llm();
        if (maybeLlm.isEmpty()) {
            return ArmResult.failure(new ArmError("LLM_REQUIRED", ErrorCategory.UNSUPPORTED,
                    "the coder arm needs a chat model to write code and none is configured; set one up (for the "
                            + "CLI: --llm-base-url and --llm-model, or OPENAI_BASE_URL and OCTOLLM_LLM_MODEL)",
                    false, null));
        }
        LlmClient llm = maybeLlm.get();
        Operation operation;
        String named = request.parameter("operation");
        if (named != null && !named.isBlank()) {
            Optional<Operation> parsed = Operation.parse(named);
            if (parsed.isEmpty()) {
                return ArmResult.failure(ArmError.of("UNKNOWN_OPERATION", ErrorCategory.VALIDATION,
                        "operation '" + named + "' is not one of generate, debug, refactor, explain, test"));
            }
            operation = parsed.get();
        } else {
            operation = Operation.infer(request.instruction());
        }
        String existingCode = firstNonBlank(request.parameter("code"), request.parameter("existing_code"));
        String language = requestedLanguage(request, existingCode);
        try {
            return run(request, context, llm, operation, language, existingCode);
        } catch (RuntimeException e) {
            return ArmResult.failure(new ArmError("CODER_FAILED", ErrorCategory.INTERNAL,
                    "the coder arm failed unexpectedly: " + e, true, null));
        }
    }

    private ArmResult run(ArmRequest request, ArmContext context, LlmClient llm, Operation operation,
            String language, String existingCode) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(SYSTEM_PROMPT));
        messages.add(ChatMessage.user(userPrompt(request, operation, language, existingCode)));
        Usage usage = Usage.ZERO;
        String model = llm.model();
        List<String> warnings = new ArrayList<>();
        int fixes = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                return failed(new ArmError("CANCELLED", ErrorCategory.CANCELLED, "the coder call was interrupted",
                        false, null), usage, model);
            }
            if (!context.clock().instant().isBefore(request.deadline())) {
                return failed(new ArmError("DEADLINE_EXCEEDED", ErrorCategory.TIMEOUT,
                        "the step's deadline passed before the code was ready (" + fixes + " fix rounds)", true,
                        null), usage, model);
            }
            ChatResponse response;
            try {
                response = llm.chat(new ChatRequest(null, messages, temperature, maxTokens, false, List.of()));
            } catch (LlmException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return failed(new ArmError("CANCELLED", ErrorCategory.CANCELLED,
                            "the coder call was interrupted while waiting for the model", false, null), usage, model);
                }
                return failed(LlmErrors.toArmError(e), usage, model);
            }
            usage = usage.plus(response.usage());
            model = response.model();
            messages.add(ChatMessage.assistant(response.content()));

            AnswerParser.Parsed parsed = AnswerParser.parse(response.content());
            String problem = parsed.problem();
            CodeAnswer answer = parsed.answer();
            if (answer != null && operation != Operation.EXPLAIN && answer.code().isBlank()) {
                problem = "the answer's \"code\" field is empty";
            }
            if (problem != null) {
                if (fixes >= maxFixAttempts) {
                    return failed(new ArmError("UNUSABLE_ANSWER", ErrorCategory.EXTERNAL,
                            "the model gave no usable answer after " + (fixes + 1) + " tries: " + problem, false,
                            null), usage, model);
                }
                fixes++;
                messages.add(ChatMessage.user("Your answer could not be used: " + problem
                        + ". Answer again with only the JSON object described in the instructions."));
                continue;
            }
            String lang = !answer.language().isEmpty() ? answer.language() : language;
            if (!parsed.fromJson()) {
                warnings.add("the answer was not JSON; the code was taken from its first fenced block");
            }
            boolean compiled = false;
            if (!answer.code().isBlank() && "java".equals(lang)) {
                JavaSourceCheck.Report report = javaCheck.check(answer.code());
                if (!report.available()) {
                    warnings.add("no Java compiler in this runtime (a JRE without jdk.compiler): "
                            + "syntax not verified for java");
                } else if (!report.ok()) {
                    String diagnostics = String.join("\n", report.errors());
                    if (fixes >= maxFixAttempts) {
                        return failed(new ArmError("COMPILATION_FAILED", ErrorCategory.EXTERNAL,
                                "the generated Java code still does not compile after " + fixes + " fix rounds:\n"
                                        + diagnostics, false, null), usage, model);
                    }
                    fixes++;
                    messages.add(ChatMessage.user("The Java code in your answer does not compile. javac reports:\n"
                            + diagnostics + "\nFix the code and answer again with the whole JSON object; keep the "
                            + "code one complete compilation unit."));
                    continue;
                } else {
                    compiled = true;
                    if (!report.missingPackages().isEmpty()) {
                        warnings.add("compiled except for libraries not on this class path: "
                                + String.join(", ", report.missingPackages()));
                    }
                }
            } else if (!answer.code().isBlank()) {
                warnings.add("syntax not verified for " + (lang.isEmpty() ? "an unnamed language" : lang));
            }
            return succeeded(operation, answer, lang, warnings, compiled, fixes, usage, model);
        }
    }

    private static ArmResult succeeded(Operation operation, CodeAnswer answer, String lang, List<String> ownWarnings,
            boolean compiled, int fixes, Usage usage, String model) {
        List<String> warnings = new ArrayList<>(answer.warnings());
        warnings.addAll(ownWarnings);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("operation", operation.wireName());
        data.put("code", answer.code());
        data.put("explanation", answer.explanation());
        data.put("language", lang);
        data.put("confidence", answer.confidence());
        data.put("warnings", List.copyOf(warnings));
        data.put("tests", answer.tests());
        data.put("compiled", compiled);
        data.put("fix_attempts", fixes);
        String output = operation == Operation.EXPLAIN || answer.code().isBlank() ? answer.explanation()
                : answer.code();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("model", model);
        attributes.put("operation", operation.wireName());
        attributes.put("language", lang);
        attributes.put("fix_attempts", Integer.toString(fixes));
        return ArmResult.ok(output, data, answer.confidence()).withUsage(usage).withAttributes(attributes);
    }

    private static ArmResult failed(ArmError error, Usage usage, String model) {
        return ArmResult.failure(error).withUsage(usage).withAttributes(Map.of("model", model));
    }

    private static String userPrompt(ArmRequest request, Operation operation, String language, String existingCode) {
        StringBuilder sb = new StringBuilder();
        sb.append("Operation: ").append(operation.wireName()).append('\n');
        if (!language.isEmpty()) {
            sb.append("Language: ").append(language).append('\n');
        }
        sb.append("Task: ").append(request.instruction()).append('\n');
        sb.append(operation.guidance).append('\n');
        if (!existingCode.isEmpty()) {
            sb.append("\nExisting code:\n```\n").append(truncate(existingCode)).append("\n```\n");
        }
        if (!request.inputs().isEmpty()) {
            sb.append("\nResults of earlier steps:\n");
            request.inputs().forEach((step, output) -> sb.append("- ").append(step).append(":\n")
                    .append(truncate(output)).append('\n'));
        }
        if (!request.criteria().isEmpty()) {
            sb.append("\nThe result must meet these acceptance criteria:\n");
            request.criteria().forEach(c -> sb.append("- ").append(c).append('\n'));
        }
        String style = request.parameter("style_guide");
        if (style != null && !style.isBlank()) {
            sb.append("\nStyle guide: ").append(style).append('\n');
        }
        return sb.toString();
    }

    private static String requestedLanguage(ArmRequest request, String existingCode) {
        String named = request.parameter("language");
        if (named != null && !named.isBlank()) {
            return AnswerParser.normaliseLanguage(named);
        }
        Matcher m = LANGUAGE_IN_TEXT.matcher(request.instruction().toLowerCase(Locale.ROOT));
        if (m.find()) {
            return AnswerParser.normaliseLanguage(m.group(1));
        }
        if (existingCode.contains("public class ") || existingCode.contains("import java.")) {
            return "java";
        }
        if (existingCode.contains("def ") && existingCode.contains(":")) {
            return "python";
        }
        return "";
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : "";
    }

    private static String truncate(String s) {
        return s.length() > MAX_CONTEXT_CHARS ? s.substring(0, MAX_CONTEXT_CHARS) + "\n... (truncated)" : s;
    }
}
