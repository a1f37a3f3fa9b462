package io.github.vietdoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The documents under {@code testdata/}, each with its golden output beside it as {@code NAME.expected.json}. */
final class Testdata {
    static final Path ROOT = Path.of("testdata");

    private Testdata() {
    }

    static List<Path> documents() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> docs = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|md|html?)$"))
                    .sorted()
                    .toList();
            if (docs.isEmpty()) {
                throw new IllegalStateException("no documents under " + ROOT.toAbsolutePath());
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source name a golden file records: the path below testdata/, with forward slashes. */
    static String source(Path doc) {
        return ROOT.relativize(doc).toString().replace('\\', '/');
    }

    static Path expected(Path doc) {
        String name = doc.getFileName().toString();
        return doc.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }
}
