package io.octollm.reflex.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The labelled corpora under {@code src/test/resources/corpus}: {@code LABEL<TAB>text}, {@code #} comments. */
public final class Corpus {
    private Corpus() {
    }

    /** @return every {@code .tsv} file name, sorted, so a new corpus is covered without editing tests */
    public static List<String> files() {
        try (Stream<Path> files = Files.list(Path.of(URI.create(Corpus.class.getResource("/corpus").toString())))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a corpus file name
     * @return its rows as {label, text}; {@code \n} in a text becomes a line break
     */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** @return the texts of every row of every corpus file */
    public static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        for (String f : files()) {
            for (String[] row : rows(f)) {
                texts.add(row[1]);
            }
        }
        return texts;
    }
}
