package io.octollm.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, strict parser for {@code --flag}, {@code --option VALUE} (or {@code --option=VALUE})
 * and positional arguments. Anything not declared is a {@link UsageException}; {@code --}
 * ends option parsing.
 */
final class Args {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {
    }

    /**
     * @param args raw arguments
     * @param flagNames flags without a value (e.g. {@code --json})
     * @param optionNames options that take a value (e.g. {@code --docs})
     * @return the parsed arguments
     * @throws UsageException for an unknown option or a missing value
     */
    static Args parse(List<String> args, Set<String> flagNames, Set<String> optionNames) throws UsageException {
        Args a = new Args();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (onlyPositionals || !s.startsWith("--") || s.equals("-")) {
                if (!onlyPositionals && s.startsWith("-") && s.length() > 1 && !s.equals("-")) {
                    throw new UsageException("unknown option: " + s);
                }
                a.positionals.add(s);
                continue;
            }
            if (s.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            String name = s;
            String value = null;
            int eq = s.indexOf('=');
            if (eq > 0) {
                name = s.substring(0, eq);
                value = s.substring(eq + 1);
            }
            if (flagNames.contains(name)) {
                if (value != null) {
                    throw new UsageException("option " + name + " takes no value");
                }
                a.flags.add(name);
            } else if (optionNames.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                a.options.put(name, value);
            } else {
                throw new UsageException("unknown option: " + name);
            }
        }
        return a;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    String option(String name) {
        return options.get(name);
    }

    int intOption(String name, int defaultValue, int min, int max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new UsageException("option " + name + " must be in " + min + ".." + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be an integer, was '" + v + "'");
        }
    }

    double doubleOption(String name, double defaultValue, double min, double max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            double n = Double.parseDouble(v.trim());
            if (!(n >= min && n <= max)) {
                throw new UsageException("option " + name + " must be in " + min + ".." + max + ", was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be a number, was '" + v + "'");
        }
    }

    List<String> positionals() {
        return positionals;
    }
}
