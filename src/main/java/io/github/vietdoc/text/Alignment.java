package io.github.vietdoc.text;

/**
 * Maps every offset of a derived view back to the raw input it came from.
 *
 * <p>Each view character {@code i} stands for the raw range {@code [rawStart(i), rawEnd(i))}: one raw
 * character when it was copied, several when a rewrite folded them into it (an NFC composition, an
 * HTML entity), and an empty range when a rewrite inserted it. Views built one from another map
 * straight to the raw text, so alignments compose without chains (OpenNLP's AlignedText idea).
 */
public final class Alignment {
    private final int[] starts;
    private final int[] ends;
    private final int rawLength;

    Alignment(int[] starts, int[] ends, int rawLength) {
        this.starts = starts;
        this.ends = ends;
        this.rawLength = rawLength;
    }

    /** The alignment of a text with itself. */
    static Alignment identity(int length) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new Alignment(s, e, length);
    }

    /** Length of the view this alignment maps from. */
    public int viewLength() {
        return starts.length;
    }

    /** Length of the raw text this alignment maps to. */
    public int rawLength() {
        return rawLength;
    }

    int rawStart(int viewIndex) {
        return starts[viewIndex];
    }

    int rawEnd(int viewIndex) {
        return ends[viewIndex];
    }

    /** Raw offset where view position {@code viewOffset} (a boundary, 0..viewLength) starts. */
    public int rawOffsetBefore(int viewOffset) {
        if (viewOffset < starts.length) {
            return starts[viewOffset];
        }
        return starts.length == 0 ? 0 : ends[starts.length - 1];
    }

    /**
     * The raw range {@code [start, end)} that the view range {@code [viewStart, viewEnd)} comes from.
     * An empty view range maps to an empty raw range.
     */
    public int[] toRaw(int viewStart, int viewEnd) {
        if (viewStart < 0 || viewEnd > starts.length || viewStart > viewEnd) {
            throw new IndexOutOfBoundsException("view range [" + viewStart + ", " + viewEnd + ") of " + starts.length);
        }
        if (viewStart == viewEnd) {
            int at = rawOffsetBefore(viewStart);
            return new int[] {at, at};
        }
        int start = starts[viewStart];
        int end = ends[viewEnd - 1];
        return new int[] {Math.min(start, end), Math.max(start, end)};
    }
}
