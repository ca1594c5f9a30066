package io.octollm.core.arms.coder;

import java.util.List;

/**
 * The model's answer, normalised.
 *
 * @param code the code (may be empty for explain)
 * @param explanation the explanation
 * @param language lower-case language, or empty when the model named none
 * @param confidence 0..1
 * @param warnings the model's own warnings
 * @param tests test code, or empty
 */
record CodeAnswer(String code, String explanation, String language, double confidence, List<String> warnings,
        String tests) {
    CodeAnswer {
        warnings = List.copyOf(warnings);
    }
}
