package io.octollm.spi;

import java.util.Objects;

/**
 * Root of every exception the SDK throws for a failure that is not a caller bug. Each carries
 * the name of the component that failed, so a message can be traced to its source.
 *
 * <p>Subclasses are named for what failed: {@link StoreException}, {@link ConfigurationException},
 * and in the engine {@code ArmUnavailableException}, {@code BudgetExceededException}, ...
 */
public class OctoLlmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String component;

    /**
     * @param component the failing component's name (an arm id, a store name, "reflex", ...)
     * @param message what failed and, where possible, what to do about it
     */
    public OctoLlmException(String component, String message) {
        this(component, message, null);
    }

    /**
     * @param component the failing component's name
     * @param message what failed and, where possible, what to do about it
     * @param cause the underlying cause, may be null
     */
    public OctoLlmException(String component, String message, Throwable cause) {
        super("[" + Objects.requireNonNull(component, "component") + "] " + message, cause);
        this.component = component;
    }

    /** @return the name of the component that failed */
    public String component() {
        return component;
    }
}
