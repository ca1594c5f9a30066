package io.octollm.core.plan;

import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.TaskContract;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans without an LLM. The goal is split into clauses ("list the files and count the java
 * sources" gives two); each clause goes to the arm whose declared keywords and tag words it
 * mentions most (ties: cheaper cost tier, then arm id). A clause that refers back ("then",
 * "them", "the result") depends on the previous step; others are independent and run in
 * parallel. Arms tagged {@code result_validation} (judges) are never planned. Thread-safe.
 */
@Singleton
public final class HeuristicPlanner implements Planner {
    private static final Set<String> BACK_REFERENCES = Set.of("then", "it", "them", "those", "that", "these",
            "result", "results", "output", "above", "previous");
    private static final String[] SEPARATORS = {" and then ", ", then ", "; then ", " then ", "; ", ", and ", " and "};

    /** Creates the planner. */
    @jakarta.inject.Inject
    public HeuristicPlanner() {
    }

    @Override
    public String name() {
        return "heuristic";
    }

    @Override
    public Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback) {
        List<ArmCapability> candidates = new ArrayList<>();
        for (ArmCapability a : arms) {
            if (a.tags().contains("result_validation")) {
                continue;
            }
            if (!contract.requiredCapabilities().isEmpty()
                    && a.tags().stream().noneMatch(contract.requiredCapabilities()::contains)) {
                continue;
            }
            candidates.add(a);
        }
        if (candidates.isEmpty()) {
            throw new PlanningException(name(), List.of("no arm offers the capabilities this task requires "
                    + contract.requiredCapabilities()));
        }
        List<Clause> clauses = split(contract.goal(), candidates);
        List<PlanStep> steps = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Clause c : clauses) {
            ArmCapability arm = best(c.text, candidates);
            if (arm == null) {
                unmatched.add(c.text);
                continue;
            }
            String id = "s" + (steps.size() + 1);
            List<String> deps = new ArrayList<>();
            if (!steps.isEmpty() && (c.sequential || refersBack(c.text))) {
                deps.add(steps.get(steps.size() - 1).id());
            }
            steps.add(new PlanStep(id, c.text, null, arm.armId(), deps, List.of(), null));
        }
        if (steps.isEmpty()) {
            ArmCapability general = candidates.stream().filter(a -> a.tags().contains("general")).findFirst()
                    .orElse(null);
            if (general == null) {
                List<String> ids = candidates.stream().map(ArmCapability::armId).toList();
                throw new PlanningException(name(), List.of("no arm matches the goal '" + abbreviate(contract.goal())
                        + "'; the arms available without an LLM are " + ids
                        + "; mention what one of them does (for example 'list', 'count', 'search'), "
                        + "or configure an LLM"));
            }
            steps.add(new PlanStep("s1", contract.goal(), null, general.armId(), List.of(), List.of(), null));
        }
        String rationale = steps.size() == 1 ? "one clause, routed by keywords"
                : steps.size() + " clauses routed by keywords" + (unmatched.isEmpty() ? ""
                        : "; ignored clauses no arm matches: " + unmatched);
        return new Plan(steps, rationale, name());
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private record Clause(String text, boolean sequential) {
    }

    /** Splits at separators only where the following part is itself routable to an arm. */
    static List<Clause> split(String goal, List<ArmCapability> arms) {
        List<Clause> out = new ArrayList<>();
        String rest = goal.strip();
        boolean sequential = false;
        outer:
        while (true) {
            String lower = rest.toLowerCase(Locale.ROOT);
            int bestAt = -1;
            String bestSep = null;
            for (String sep : SEPARATORS) {
                int from = 0;
                while (true) {
                    int at = lower.indexOf(sep, from);
                    if (at < 0) {
                        break;
                    }
                    String after = rest.substring(at + sep.length());
                    if (at > 0 && startsWithKeyword(after, arms) && (bestAt < 0 || at < bestAt)) {
                        bestAt = at;
                        bestSep = sep;
                        break;
                    }
                    from = at + 1;
                }
            }
            if (bestAt < 0) {
                out.add(new Clause(trimPunctuation(rest), sequential));
                break outer;
            }
            out.add(new Clause(trimPunctuation(rest.substring(0, bestAt)), sequential));
            sequential = bestSep.contains("then");
            rest = rest.substring(bestAt + bestSep.length());
        }
        out.removeIf(c -> c.text.isBlank());
        return out;
    }

    private static String trimPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".,;:!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean startsWithKeyword(String text, List<ArmCapability> arms) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        for (ArmCapability a : arms) {
            if (a.keywords().contains(first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refersBack(String clause) {
        for (String w : words(clause)) {
            if (BACK_REFERENCES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static ArmCapability best(String clause, List<ArmCapability> arms) {
        List<String> words = words(clause);
        ArmCapability best = null;
        int bestScore = 0;
        Comparator<ArmCapability> tie = Comparator.comparingInt(ArmCapability::costTier)
                .thenComparing(ArmCapability::armId);
        for (ArmCapability a : arms) {
            int score = 0;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (a.keywords().contains(w)) {
                    score += i == 0 ? 3 : 2; // a leading verb says most about intent
                } else if (tagWord(a, w)) {
                    score += 1;
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && tie.compare(a, best) < 0)) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean tagWord(ArmCapability a, String word) {
        if (word.length() < 4) {
            return false;
        }
        for (String tag : a.tags()) {
            for (String part : tag.split("_")) {
                if (part.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                sb.append(Character.toLowerCase(c));
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }
}
