package io.github.vietdoc.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A word list kept as a resource file {@code io/github/vietdoc/lexicon/NAME.tsv}: one entry a line,
 * tab-separated columns (the term first), {@code #} lines for comments and the header naming the source.
 * Lexicons are immutable and loaded once per name.
 */
public final class Lexicon {
    private static final String ROOT = "/io/github/vietdoc/lexicon/";
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    /** One line of a lexicon: the term, its further columns, and its line number for error messages. */
    public record Entry(String term, List<String> fields, int line) {
        public Entry {
            fields = List.copyOf(fields);
        }

        /** Column {@code i} after the term, or {@code null} when the line has none. */
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : null;
        }
    }

    private final String name;
    private final List<Entry> entries;

    private Lexicon(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** The lexicon {@code name} from the class path; fails fast when it is missing (a packaging error). */
    public static Lexicon named(String name) {
        return LOADED.computeIfAbsent(ROOT + name + ".tsv", Lexicon::read);
    }

    /** A file in the same format elsewhere on the class path, such as labelled training examples. */
    public static Lexicon resource(String absolutePath) {
        return LOADED.computeIfAbsent(absolutePath, Lexicon::read);
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<String> terms() {
        return entries.stream().map(Entry::term).collect(Collectors.toUnmodifiableList());
    }

    /**
     * A regex alternation of the terms, longest first so that {@code Phó Bí thư} wins over {@code Bí thư};
     * terms are quoted, spaces match any run of spaces.
     */
    public String alternation() {
        return alternation(terms());
    }

    public static String alternation(List<String> terms) {
        return new TermTrie(terms).regex();
    }

    private static Lexicon read(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.tsv$", "");
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + path);
            }
            List<Entry> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> fields = new ArrayList<>();
                for (int i = 1; i < cols.length; i++) {
                    fields.add(cols[i].strip());
                }
                out.add(new Entry(cols[0].strip(), fields, no));
            }
            return new Lexicon(name, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
