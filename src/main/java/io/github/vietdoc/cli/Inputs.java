package io.github.vietdoc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the PATH arguments into the documents to read, in order; what cannot be listed becomes an error input. */
final class Inputs {
    static final String STDIN = "-";
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

    /** One document to read: a file, standard input ({@code path == null}), or an error found while listing. */
    record Input(String source, Path path, String error) {
        boolean isStdin() {
            return path == null && error == null;
        }
    }

    private Inputs() {
    }

    static List<Input> expand(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(STDIN)) {
                out.add(new Input(STDIN, null, null));
                continue;
            }
            Path path;
            try {
                path = Paths.get(arg);
            } catch (RuntimeException e) {
                out.add(new Input(arg, null, "invalid path: " + e.getMessage()));
                continue;
            }
            if (Files.isDirectory(path)) {
                out.addAll(walk(arg, path));
            } else if (Files.exists(path)) {
                out.add(new Input(arg, path, null));
            } else {
                out.add(new Input(arg, null, "no such file or directory"));
            }
        }
        return out;
    }

    private static List<Input> walk(String arg, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(Inputs::hasTextExtension)
                    .sorted()
                    .map(p -> new Input(p.toString(), p, null))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(arg, null, "cannot list directory: " + e.getMessage()));
        }
    }

    private static boolean hasTextExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
