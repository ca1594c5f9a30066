package io.octollm.core.arms.retriever;

import io.octollm.spi.store.Document;
import io.octollm.spi.store.MemoryStore;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text files under a folder into passages (paragraphs merged up to about 800 characters)
 * and stores each as a {@link Document} whose id is {@code path#n} and whose metadata records the
 * file, the line span and the character span, for citations. Hidden folders, {@code target},
 * {@code node_modules} and {@code build} are skipped, as are files over 2 MB or not valid UTF-8.
 * Thread-safe (stateless).
 */
public final class DocumentIndexer {
    /** Extensions indexed by default. */
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("md", "markdown", "txt", "rst", "adoc");
    private static final Set<String> SKIP_DIRS = Set.of("target", "node_modules", "build", "dist", "out");
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final int PASSAGE_CHARS = 800;

    private final Set<String> extensions;

    /** @param extensions file extensions to index, lower-case, without the dot */
    public DocumentIndexer(Set<String> extensions) {
        this.extensions = Set.copyOf(extensions);
    }

    /**
     * @param root folder to index
     * @param store where passages go
     * @return the passages stored
     * @throws IOException when the folder cannot be walked
     */
    public List<Document> index(Path root, MemoryStore store) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Document> batch = new ArrayList<>();
        List<Document> all = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(base) && (name.startsWith(".") || SKIP_DIRS.contains(name))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                if (!attrs.isRegularFile() || !extensions.contains(ext) || attrs.size() > MAX_FILE_BYTES) {
                    return FileVisitResult.CONTINUE;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                            .toString();
                } catch (CharacterCodingException e) {
                    return FileVisitResult.CONTINUE;
                } catch (IOException e) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = base.relativize(file).toString().replace('\\', '/');
                batch.addAll(passages(rel, text));
                if (batch.size() >= 500) {
                    store.putDocuments(List.copyOf(batch));
                    all.addAll(batch);
                    batch.clear();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        if (!batch.isEmpty()) {
            store.putDocuments(batch);
            all.addAll(batch);
        }
        return all;
    }

    /**
     * @param source the file's relative path
     * @param text its content
     * @return its passages with citation metadata
     */
    static List<Document> passages(String source, String text) {
        List<Document> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int line = 1;
        int start = -1;
        int startLine = 1;
        int end = 0;
        int endLine = 1;
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            boolean blank = text.substring(pos, lineEnd).isBlank();
            if (!blank) {
                if (start < 0) {
                    start = pos;
                    startLine = line;
                }
                end = lineEnd;
                endLine = line;
            } else if (start >= 0 && end - start >= PASSAGE_CHARS / 2) {
                out.add(doc(source, text, out.size() + 1, start, end, startLine, endLine));
                start = -1;
            }
            if (start >= 0 && end - start >= PASSAGE_CHARS) {
                out.add(doc(source, text, out.size() + 1, start, end, startLine, endLine));
                start = -1;
            }
            pos = nl < 0 ? n : nl + 1;
            line++;
        }
        if (start >= 0) {
            out.add(doc(source, text, out.size() + 1, start, end, startLine, endLine));
        }
        return out;
    }

    private static Document doc(String source, String text, int n, int start, int end, int startLine, int endLine) {
        return new Document(source + "#" + n, source, text.substring(start, end).strip(), Map.of(
                "file", source, "start", Integer.toString(start), "end", Integer.toString(end),
                "line_start", Integer.toString(startLine), "line_end", Integer.toString(endLine)));
    }
}
