package io.octollm.cli;

import java.util.List;

/**
 * One sub-command of the {@code octollm} tool. Implementations are registered in
 * {@link Main#commands()} and must be stateless: each run gets its arguments and its
 * {@link CliIO}.
 */
interface Command {
    /** @return the word that selects this command, e.g. {@code run} */
    String name();

    /** @return one line for {@code octollm --help} */
    String summary();

    /** @return the full text for {@code octollm NAME --help}: usage line, options, examples */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param io standard streams, environment and working directory
     * @return the process exit code: 0 success, 1 the work failed, 2 bad usage
     * @throws UsageException for bad arguments; {@link Main} prints it with the help hint, exit 2
     * @throws Exception anything else; {@link Main} prints a one-line error, exit 1
     */
    int run(List<String> args, CliIO io) throws Exception;
}
