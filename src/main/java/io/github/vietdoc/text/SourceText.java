package io.github.vietdoc.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document as the extractors see it: the raw input (the truth), the normalized view they read,
 * and the alignment between the two. Lines, paragraphs and sentences are ranges of the view.
 * Read-only; built by {@link Normalizer#normalize(String)}.
 */
public final class SourceText {
    private final String raw;
    private final String text;
    private final Alignment alignment;
    private final List<String> warnings;
    private final List<TextRange> lines;
    private final List<TextRange> paragraphs;
    private final Segmenter segmenter;
    private volatile List<TextRange> sentences;

    SourceText(String raw, AlignedText view, List<String> warnings, Segmenter segmenter) {
        this.raw = Objects.requireNonNull(raw);
        this.text = view.text();
        this.alignment = view.alignment();
        this.warnings = List.copyOf(warnings);
        this.segmenter = segmenter;
        this.lines = splitLines(text);
        this.paragraphs = splitParagraphs(text, lines);
    }

    /** The input exactly as given. */
    public String raw() {
        return raw;
    }

    /** The normalized view that extractors match against. */
    public String text() {
        return text;
    }

    public Alignment alignment() {
        return alignment;
    }

    /** What normalization noticed (repaired encoding, legacy font converted…). */
    public List<String> warnings() {
        return warnings;
    }

    /** The raw span behind the view range {@code [viewStart, viewEnd)}. */
    public Span span(int viewStart, int viewEnd) {
        int[] r = alignment.toRaw(viewStart, viewEnd);
        return new Span(r[0], r[1], raw.substring(r[0], r[1]));
    }

    public Span span(TextRange range) {
        return span(range.start(), range.end());
    }

    public String text(TextRange range) {
        return text.substring(range.start(), range.end());
    }

    /** Lines of the view, without their line break; blank lines included. */
    public List<TextRange> lines() {
        return lines;
    }

    /** Runs of non-blank lines separated by blank lines. */
    public List<TextRange> paragraphs() {
        return paragraphs;
    }

    /** Sentences of the view (ICU sentence breaks, aware of Vietnamese abbreviations and numbers). */
    public List<TextRange> sentences() {
        List<TextRange> s = sentences;
        if (s == null) {
            s = segmenter.sentences(text, paragraphs);
            sentences = s;
        }
        return s;
    }

    private static List<TextRange> splitLines(String text) {
        List<TextRange> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(new TextRange(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new TextRange(start, text.length()));
        }
        return List.copyOf(out);
    }

    private static List<TextRange> splitParagraphs(String text, List<TextRange> lines) {
        List<TextRange> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (TextRange line : lines) {
            boolean blank = text.substring(line.start(), line.end()).isBlank();
            if (blank) {
                if (start >= 0) {
                    out.add(new TextRange(start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = line.start();
                }
                end = line.end();
            }
        }
        if (start >= 0) {
            out.add(new TextRange(start, end));
        }
        return List.copyOf(out);
    }
}
