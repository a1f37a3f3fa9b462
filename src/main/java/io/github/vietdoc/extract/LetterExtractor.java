package io.github.vietdoc.extract;

import io.github.vietdoc.model.Letter;

/** Reads the header and footer of an administrative document. Placeholder: reads nothing yet. */
public final class LetterExtractor {
    /** The letter block, or null when the document is not administrative or has none. */
    public Letter extract(ExtractionContext ctx) {
        return null;
    }
}
