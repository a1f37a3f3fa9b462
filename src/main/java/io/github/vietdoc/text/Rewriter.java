package io.github.vietdoc.text;

import java.util.Arrays;

/**
 * Builds the next view from the current one, recording for each output character the raw range
 * it stands for. Steps copy what they keep, replace what they rewrite and skip what they drop.
 */
final class Rewriter {
    private final AlignedText in;
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;
    private int size;

    Rewriter(AlignedText in) {
        this.in = in;
        int cap = Math.max(16, in.text().length());
        this.out = new StringBuilder(cap);
        this.starts = new int[cap];
        this.ends = new int[cap];
    }

    /** Copies input characters {@code [from, to)} unchanged. */
    Rewriter copy(int from, int to) {
        ensure(to - from);
        Alignment a = in.alignment();
        out.append(in.text(), from, to);
        for (int i = from; i < to; i++) {
            starts[size] = a.rawStart(i);
            ends[size] = a.rawEnd(i);
            size++;
        }
        return this;
    }

    /** Replaces input characters {@code [from, to)} by {@code replacement}; every new character maps to the whole range. */
    Rewriter replace(int from, int to, CharSequence replacement) {
        int n = replacement.length();
        ensure(n);
        Alignment a = in.alignment();
        int rs;
        int re;
        if (from < to) {
            rs = a.rawStart(from);
            re = a.rawEnd(to - 1);
        } else {
            rs = a.rawOffsetBefore(from);
            re = rs;
        }
        out.append(replacement);
        for (int i = 0; i < n; i++) {
            starts[size] = rs;
            ends[size] = re;
            size++;
        }
        return this;
    }

    /** Replaces one input character by one other character, keeping its mapping. */
    Rewriter replaceChar(int at, char c) {
        ensure(1);
        Alignment a = in.alignment();
        out.append(c);
        starts[size] = a.rawStart(at);
        ends[size] = a.rawEnd(at);
        size++;
        return this;
    }

    int length() {
        return size;
    }

    char lastChar() {
        return size == 0 ? '\0' : out.charAt(size - 1);
    }

    AlignedText build() {
        return new AlignedText(out.toString(),
                new Alignment(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), in.alignment().rawLength()));
    }

    private void ensure(int more) {
        if (size + more > starts.length) {
            int cap = Math.max(starts.length * 2, size + more);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
        }
    }
}
