package io.octollm.core.plan;

/** Reads JSON out of a model's answer (code fences and prose around it are tolerated). */
public final class LlmPlannerJson {
    private LlmPlannerJson() {
    }

    /**
     * @param text a model's answer
     * @return the outermost JSON object or array in it
     * @throws IllegalArgumentException when it contains none
     */
    public static String extract(String text) {
        String json = LlmPlanner.extractJson(text);
        if (json == null) {
            throw new IllegalArgumentException("the answer contains no JSON");
        }
        return json;
    }
}
