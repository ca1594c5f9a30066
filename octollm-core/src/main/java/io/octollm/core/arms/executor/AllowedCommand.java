package io.octollm.core.arms.executor;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * One command the executor may run.
 *
 * @param name the name steps use ({@code ls})
 * @param executable the absolute path it resolves to
 * @param capabilities what it needs ({@code shell_read}, {@code filesystem_read}, ...), recorded in provenance
 * @param deniedArguments arguments refused for this command (e.g. {@code -exec} for find)
 * @param allowedSubcommands when not empty, the first argument must be one of these (e.g. git's {@code status})
 */
public record AllowedCommand(String name, Path executable, Set<String> capabilities, Set<String> deniedArguments,
        Set<String> allowedSubcommands) {
    /** Requires an absolute executable. */
    public AllowedCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(executable, "executable");
        if (!executable.isAbsolute()) {
            throw new IllegalArgumentException("executable of " + name + " must be an absolute path, was " + executable);
        }
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        deniedArguments = deniedArguments == null ? Set.of() : Set.copyOf(deniedArguments);
        allowedSubcommands = allowedSubcommands == null ? Set.of() : Set.copyOf(allowedSubcommands);
    }
}
