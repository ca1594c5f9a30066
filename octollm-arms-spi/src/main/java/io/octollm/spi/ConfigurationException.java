package io.octollm.spi;

/**
 * The SDK was assembled or configured in a way that cannot work: duplicate arm ids, several
 * candidate stores and no choice, a missing required setting, an incompatible provider.
 * The message names what was found and what to change.
 */
public class ConfigurationException extends OctoLlmException {
    private static final long serialVersionUID = 1L;

    /**
     * @param component the component being configured
     * @param message what is wrong and how to fix it
     */
    public ConfigurationException(String component, String message) {
        super(component, message);
    }

    /**
     * @param component the component being configured
     * @param message what is wrong and how to fix it
     * @param cause the underlying cause
     */
    public ConfigurationException(String component, String message, Throwable cause) {
        super(component, message, cause);
    }
}
