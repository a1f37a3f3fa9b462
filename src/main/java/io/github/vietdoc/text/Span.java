package io.github.vietdoc.text;

/**
 * A stretch of the raw input: UTF-16 offsets {@code [start, end)} and the raw characters there.
 * Invariant: {@code text.equals(raw.substring(start, end))} for the raw string the span was made from.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start || text == null || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") " + text);
        }
    }
}
