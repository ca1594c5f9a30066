package io.octollm.core;

import io.octollm.spi.OctoLlmException;

/**
 * No arm can take a step: the named arm is unknown, no arm declares the capability, or every
 * candidate's circuit breaker is open.
 */
public class ArmUnavailableException extends OctoLlmException {
    private static final long serialVersionUID = 1L;

    /**
     * @param component the arm id or capability
     * @param message what is unavailable and why
     */
    public ArmUnavailableException(String component, String message) {
        super(component, message);
    }
}
