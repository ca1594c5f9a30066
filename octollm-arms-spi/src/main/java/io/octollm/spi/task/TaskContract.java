package io.octollm.spi.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A unit of work a host submits: the goal, its constraints and acceptance criteria, the budget it
 * must respect and who it is for. Immutable and thread-safe; build one with {@link #builder(String)}
 * or {@link #of(String)}.
 *
 * <p>Every component is validated in the compact constructor; a violation throws
 * {@link IllegalArgumentException} whose message names the field and the rule, e.g.
 * {@code "goal must not be blank"} or {@code "goal must be at most 10000 characters, was 10001"}.
 *
 * @param taskId unique id, 1..128 characters of {@code [A-Za-z0-9._:-]}
 * @param goal what to achieve, 1..10,000 characters, not blank
 * @param constraints rules the answer must respect, at most 20, each at most 2,000 characters
 * @param context extra key/value context for the arms, at most 50 entries, 50,000 characters in all
 * @param acceptanceCriteria what the judge checks, at most 20, each at most 2,000 characters
 * @param budget limits the task runs under
 * @param priority urgency; HIGH and CRITICAL may use quorum execution
 * @param parentTaskId the task this one was spawned from, or null
 * @param requiredCapabilities capability tags the plan must use, at most 10
 * @param deadline absolute time the result is due, or null
 * @param tenantId tenant (client) the task is for, scopes rate limits and the cache; or null
 * @param userId user the task is for, scopes rate limits; or null
 * @param metadata free-form host data carried along, at most 50 entries
 */
public record TaskContract(
        String taskId,
        String goal,
        List<String> constraints,
        Map<String, String> context,
        List<String> acceptanceCriteria,
        Budget budget,
        Priority priority,
        String parentTaskId,
        Set<String> requiredCapabilities,
        Instant deadline,
        String tenantId,
        String userId,
        Map<String, String> metadata) {

    /** Longest goal accepted, in Java characters. */
    public static final int MAX_GOAL_LENGTH = 10_000;
    private static final int MAX_ID_LENGTH = 128;
    private static final int MAX_ITEM_LENGTH = 2_000;
    private static final int MAX_CONTEXT_CHARS = 50_000;

    /** Validates and defensively copies every component. */
    public TaskContract {
        checkId("taskId", taskId, false);
        Objects.requireNonNull(goal, "goal");
        if (goal.isBlank()) {
            throw new IllegalArgumentException("goal must not be blank");
        }
        if (goal.length() > MAX_GOAL_LENGTH) {
            throw new IllegalArgumentException(
                    "goal must be at most " + MAX_GOAL_LENGTH + " characters, was " + goal.length());
        }
        constraints = checkList("constraints", constraints, 20);
        acceptanceCriteria = checkList("acceptanceCriteria", acceptanceCriteria, 20);
        context = checkMap("context", context, 50, MAX_CONTEXT_CHARS);
        metadata = checkMap("metadata", metadata, 50, MAX_CONTEXT_CHARS);
        budget = budget == null ? Budget.DEFAULT : budget;
        priority = priority == null ? Priority.MEDIUM : priority;
        checkId("parentTaskId", parentTaskId, true);
        checkId("tenantId", tenantId, true);
        checkId("userId", userId, true);
        if (requiredCapabilities == null) {
            requiredCapabilities = Set.of();
        } else {
            if (requiredCapabilities.size() > 10) {
                throw new IllegalArgumentException(
                        "requiredCapabilities must have at most 10 items, had " + requiredCapabilities.size());
            }
            for (String c : requiredCapabilities) {
                if (c == null || c.isBlank()) {
                    throw new IllegalArgumentException("requiredCapabilities must not contain null or blank tags");
                }
            }
            requiredCapabilities = Set.copyOf(requiredCapabilities);
        }
    }

    /**
     * A contract with a fresh id and defaults for everything but the goal.
     *
     * @param goal what to achieve
     * @return the contract
     * @throws IllegalArgumentException if the goal is blank or too long
     */
    public static TaskContract of(String goal) {
        return builder(goal).build();
    }

    /**
     * @param goal what to achieve
     * @return a builder with a fresh task id and defaults
     */
    public static Builder builder(String goal) {
        return new Builder(goal);
    }

    /** @return a builder initialised from this contract */
    public Builder toBuilder() {
        Builder b = new Builder(goal);
        b.taskId = taskId;
        b.constraints.addAll(constraints);
        b.context.putAll(context);
        b.acceptanceCriteria.addAll(acceptanceCriteria);
        b.budget = budget;
        b.priority = priority;
        b.parentTaskId = parentTaskId;
        b.requiredCapabilities.addAll(requiredCapabilities);
        b.deadline = deadline;
        b.tenantId = tenantId;
        b.userId = userId;
        b.metadata.putAll(metadata);
        return b;
    }

    /**
     * A new random task id, {@code task-} followed by 32 hex digits. Uses
     * {@link ThreadLocalRandom}, so concurrent callers never contend.
     *
     * @return a new id
     */
    public static String newTaskId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "task-" + hex16(r.nextLong()) + hex16(r.nextLong());
    }

    private static String hex16(long v) {
        String s = Long.toHexString(v);
        return s.length() == 16 ? s : "0".repeat(16 - s.length()) + s;
    }

    private static void checkId(String field, String value, boolean nullable) {
        if (value == null) {
            if (nullable) {
                return;
            }
            throw new NullPointerException(field);
        }
        if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                    field + " must be 1.." + MAX_ID_LENGTH + " characters, was " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!ok) {
                throw new IllegalArgumentException(field + " may contain only letters, digits and -_.: but had '"
                        + (Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c))
                        + "' at index " + i);
            }
        }
    }

    private static List<String> checkList(String field, List<String> list, int max) {
        if (list == null) {
            return List.of();
        }
        if (list.size() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " items, had " + list.size());
        }
        for (String s : list) {
            if (s == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
            if (s.length() > MAX_ITEM_LENGTH) {
                throw new IllegalArgumentException(
                        field + " items must be at most " + MAX_ITEM_LENGTH + " characters, one was " + s.length());
            }
        }
        return List.copyOf(list);
    }

    private static Map<String, String> checkMap(String field, Map<String, String> map, int max, int maxChars) {
        if (map == null) {
            return Map.of();
        }
        if (map.size() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " entries, had " + map.size());
        }
        long chars = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException(field + " must not contain null keys or values");
            }
            chars += e.getKey().length() + e.getValue().length();
        }
        if (chars > maxChars) {
            throw new IllegalArgumentException(field + " must be at most " + maxChars + " characters in all, was " + chars);
        }
        return Map.copyOf(map);
    }

    /** Mutable builder; not thread-safe. {@link #build()} validates and returns an immutable contract. */
    public static final class Builder {
        private String taskId;
        private String goal;
        private final List<String> constraints = new ArrayList<>();
        private final Map<String, String> context = new LinkedHashMap<>();
        private final List<String> acceptanceCriteria = new ArrayList<>();
        private Budget budget = Budget.DEFAULT;
        private Priority priority = Priority.MEDIUM;
        private String parentTaskId;
        private final Set<String> requiredCapabilities = new LinkedHashSet<>();
        private Instant deadline;
        private String tenantId;
        private String userId;
        private final Map<String, String> metadata = new LinkedHashMap<>();

        private Builder(String goal) {
            this.goal = Objects.requireNonNull(goal, "goal");
        }

        /** @param taskId explicit id (default: a fresh random id) @return this */
        public Builder taskId(String taskId) {
            this.taskId = Objects.requireNonNull(taskId, "taskId");
            return this;
        }

        /** @param goal what to achieve @return this */
        public Builder goal(String goal) {
            this.goal = Objects.requireNonNull(goal, "goal");
            return this;
        }

        /** @param constraint a rule the answer must respect @return this */
        public Builder constraint(String constraint) {
            constraints.add(Objects.requireNonNull(constraint, "constraint"));
            return this;
        }

        /** @param key context key @param value context value @return this */
        public Builder context(String key, String value) {
            context.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @param criterion an acceptance criterion for the judge @return this */
        public Builder acceptanceCriterion(String criterion) {
            acceptanceCriteria.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /** @param budget limits to respect @return this */
        public Builder budget(Budget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** @param priority urgency @return this */
        public Builder priority(Priority priority) {
            this.priority = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /** @param parentTaskId parent task id @return this */
        public Builder parentTaskId(String parentTaskId) {
            this.parentTaskId = Objects.requireNonNull(parentTaskId, "parentTaskId");
            return this;
        }

        /** @param capability a capability tag the plan must use @return this */
        public Builder requiredCapability(String capability) {
            requiredCapabilities.add(Objects.requireNonNull(capability, "capability"));
            return this;
        }

        /** @param deadline when the result is due @return this */
        public Builder deadline(Instant deadline) {
            this.deadline = Objects.requireNonNull(deadline, "deadline");
            return this;
        }

        /** @param tenantId tenant id @return this */
        public Builder tenantId(String tenantId) {
            this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
            return this;
        }

        /** @param userId user id @return this */
        public Builder userId(String userId) {
            this.userId = Objects.requireNonNull(userId, "userId");
            return this;
        }

        /** @param key metadata key @param value metadata value @return this */
        public Builder metadata(String key, String value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @return the validated, immutable contract
         * @throws IllegalArgumentException naming the first field that is invalid
         */
        public TaskContract build() {
            return new TaskContract(taskId == null ? newTaskId() : taskId, goal, constraints, context,
                    acceptanceCriteria, budget, priority, parentTaskId, requiredCapabilities, deadline,
                    tenantId, userId, metadata);
        }
    }
}
