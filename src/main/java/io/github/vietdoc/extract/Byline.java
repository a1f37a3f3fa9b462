package io.github.vietdoc.extract;

import io.github.vietdoc.text.TextRange;
import java.util.List;

/** The byline of a news item: the authors' names and the line they stand on (null when none). */
public record Byline(List<String> authors, TextRange line) {
    public static final Byline NONE = new Byline(List.of(), null);

    public Byline {
        authors = List.copyOf(authors);
    }
}
