package io.octollm.core.plan;

import io.octollm.spi.OctoLlmException;
import java.util.List;

/** No plan could be made, or the plan made is invalid; {@link #errors()} lists every problem. */
public class PlanningException extends OctoLlmException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    /**
     * @param planner the planner's name
     * @param errors what is wrong, at least one entry
     */
    public PlanningException(String planner, List<String> errors) {
        super(planner, String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    /** @return every problem found */
    public List<String> errors() {
        return errors;
    }
}
