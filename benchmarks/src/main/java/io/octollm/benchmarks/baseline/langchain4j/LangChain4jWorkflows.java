package io.octollm.benchmarks.baseline.langchain4j;

import dev.langchain4j.agentic.Agent;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import java.util.Map;
import java.util.Objects;

/**
 * The LangChain4j side of {@link EngineVsLangChain4jBenchmark}: agentic workflows built the way
 * LangChain4j's documentation shows, with {@link Agent @Agent} interfaces, a chat model that
 * answers at once and the default executor.
 *
 * <ul>
 *   <li>{@link #sequence5(ChatModel)}: five agents in a sequence, each reading the previous
 *       agent's output ({@code request -> s1 -> ... -> s5});</li>
 *   <li>{@link #fanOut4(ChatModel)}: four agents in a parallel workflow reading {@code request},
 *       then one agent joining their four outputs.</li>
 * </ul>
 *
 * <p>The workflows are thread-safe (each invocation gets its own agentic scope).
 */
public final class LangChain4jWorkflows {
    /** The key the input goes in. */
    public static final String INPUT_KEY = "request";
    /** The answer the instant model gives, and so the output of every workflow. */
    public static final String ANSWER = "ok";

    private LangChain4jWorkflows() {
    }

    /** @return the single input every invocation passes */
    public static Map<String, Object> input() {
        return Map.of(INPUT_KEY, "benchmark task: answer each step at once");
    }

    /**
     * @param model the chat model every agent calls
     * @return five agents in sequence; invoking it returns the last agent's answer
     */
    public static UntypedAgent sequence5(ChatModel model) {
        Objects.requireNonNull(model, "model");
        return AgenticServices.sequenceBuilder()
                .subAgents(
                        AgenticServices.agentBuilder(Step1.class).chatModel(model).build(),
                        AgenticServices.agentBuilder(Step2.class).chatModel(model).build(),
                        AgenticServices.agentBuilder(Step3.class).chatModel(model).build(),
                        AgenticServices.agentBuilder(Step4.class).chatModel(model).build(),
                        AgenticServices.agentBuilder(Step5.class).chatModel(model).build())
                .name("sequence5")
                .outputKey("s5")
                .build();
    }

    /**
     * @param model the chat model every agent calls
     * @return four agents in parallel, then one that joins their answers; invoking it returns the
     *     joining agent's answer
     */
    public static UntypedAgent fanOut4(ChatModel model) {
        Objects.requireNonNull(model, "model");
        UntypedAgent branches = AgenticServices.parallelBuilder()
                .subAgents(branch(model, 1), branch(model, 2), branch(model, 3), branch(model, 4))
                .name("fanOut4")
                .build();
        return AgenticServices.sequenceBuilder()
                .subAgents(branches, AgenticServices.agentBuilder(Join.class).chatModel(model).build())
                .name("fanOut4fanIn1")
                .outputKey("answer")
                .build();
    }

    private static Branch branch(ChatModel model, int i) {
        return AgenticServices.agentBuilder(Branch.class).chatModel(model).name("branch" + i).outputKey("p" + i)
                .build();
    }

    /** A chat model that returns the same answer at once; no network, no tokens. Thread-safe. */
    public static final class InstantChatModel implements ChatModel {
        private final ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from(ANSWER)).build();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            return response;
        }
    }

    /** First step of the sequence. */
    public interface Step1 {
        /** @param request the task @return the step's answer */
        @UserMessage("Step 1 of the task: {{request}}")
        @Agent(description = "first step", outputKey = "s1")
        String step(@V("request") String request);
    }

    /** Second step of the sequence. */
    public interface Step2 {
        /** @param s1 the previous answer @return the step's answer */
        @UserMessage("Step 2, continue from: {{s1}}")
        @Agent(description = "second step", outputKey = "s2")
        String step(@V("s1") String s1);
    }

    /** Third step of the sequence. */
    public interface Step3 {
        /** @param s2 the previous answer @return the step's answer */
        @UserMessage("Step 3, continue from: {{s2}}")
        @Agent(description = "third step", outputKey = "s3")
        String step(@V("s2") String s2);
    }

    /** Fourth step of the sequence. */
    public interface Step4 {
        /** @param s3 the previous answer @return the step's answer */
        @UserMessage("Step 4, continue from: {{s3}}")
        @Agent(description = "fourth step", outputKey = "s4")
        String step(@V("s3") String s3);
    }

    /** Last step of the sequence. */
    public interface Step5 {
        /** @param s4 the previous answer @return the step's answer */
        @UserMessage("Step 5, finish from: {{s4}}")
        @Agent(description = "last step", outputKey = "s5")
        String step(@V("s4") String s4);
    }

    /** One of the four parallel branches; name and output key are set per instance. */
    public interface Branch {
        /** @param request the task @return the branch's answer */
        @UserMessage("Work on one part of the task: {{request}}")
        @Agent(description = "one parallel branch")
        String work(@V("request") String request);
    }

    /** Joins the four branch answers. */
    public interface Join {
        /**
         * @param p1 answer of branch 1 @param p2 answer of branch 2 @param p3 answer of branch 3
         * @param p4 answer of branch 4
         * @return the joined answer
         */
        @UserMessage("Combine: {{p1}} / {{p2}} / {{p3}} / {{p4}}")
        @Agent(description = "joins the branches", outputKey = "answer")
        String join(@V("p1") String p1, @V("p2") String p2, @V("p3") String p3, @V("p4") String p4);
    }
}
