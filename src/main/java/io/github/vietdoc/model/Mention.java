package io.github.vietdoc.model;

/**
 * A record that comes from a stretch of the raw input. Invariant: {@code text()} equals
 * {@code raw.substring(start(), end())} of the raw string given to the extractor (UTF-16 offsets).
 */
public interface Mention {
    int start();

    int end();

    String text();
}
