package io.octollm.cli;

import io.octollm.jdbc.JdbcStores;

/**
 * How the database commands connect: {@code --db URL} (or the {@code OCTOLLM_DB} environment
 * variable), user and password from {@code OCTOLLM_DB_USER} / {@code OCTOLLM_DB_PASSWORD} or the
 * URL itself. The schema is applied when missing.
 */
final class DbOptions {
    static final String HELP = String.join("\n",
            "  --db URL             jdbc:h2:./octollm-db, jdbc:h2:mem:x or jdbc:postgresql://host/db",
            "                       (default: $OCTOLLM_DB); user and password from the URL or",
            "                       $OCTOLLM_DB_USER and $OCTOLLM_DB_PASSWORD");

    private DbOptions() {
    }

    /**
     * @param a parsed arguments with an optional {@code --db}
     * @param io environment
     * @return the database URL
     * @throws UsageException when none is given
     */
    static String url(Args a, CliIO io) throws UsageException {
        String url = a.option("--db", io.env().get("OCTOLLM_DB"));
        if (url == null || url.isBlank()) {
            throw new UsageException("missing --db URL (or set OCTOLLM_DB), e.g. --db jdbc:h2:./octollm-db");
        }
        return url;
    }

    /**
     * @param url database URL
     * @param io environment
     * @param poolSize connections to keep
     * @return stores with the schema applied
     */
    static JdbcStores open(String url, CliIO io, int poolSize) {
        JdbcStores.Builder b = JdbcStores.builder().url(url).migrate(true).poolSize(poolSize).maxOverflow(poolSize);
        String user = io.env().get("OCTOLLM_DB_USER");
        if (user != null) {
            b.user(user);
        } else if (url.startsWith("jdbc:h2:")) {
            b.user("sa");
        }
        String password = io.env().get("OCTOLLM_DB_PASSWORD");
        if (password != null) {
            b.password(password);
        }
        return b.build();
    }
}
