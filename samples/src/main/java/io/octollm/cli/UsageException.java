package io.octollm.cli;

/** Bad command-line usage; {@link Main} prints the message and a help hint and exits with 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
