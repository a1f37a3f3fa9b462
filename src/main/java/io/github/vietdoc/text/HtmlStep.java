package io.github.vietdoc.text;

import io.github.vietdoc.text.HtmlScanner.Effect;
import java.util.List;

/**
 * Turns scraped HTML (whole pages, fragments, PHP wrappers) into text: markup goes, block tags become
 * line breaks, character references are decoded, and every output character keeps its raw range
 * (a decoded {@code ô} maps to the whole {@code &ocirc;}, a break to the tag that caused it).
 *
 * <p>Text without markup comes back as the same object; what counts as markup is decided by
 * {@link HtmlScanner} and {@link HtmlEntities}, both conservative about prose ({@code a < b},
 * {@code TT&VH}). Source line breaks inside text are kept rather than folded to spaces as a browser
 * would: many inputs are plain text with a few stray tags, and gluing their paragraphs is worse
 * than a spare line break, which later steps collapse anyway.
 */
final class HtmlStep implements NormalizationStep {

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String t = in.text();
        if (t.indexOf('<') < 0 && t.indexOf('&') < 0) {
            return in;
        }
        return new Pass(in, warnings).run();
    }

    /**
     * One run over one text. Whitespace next to a block boundary is layout, not content: it is absorbed
     * into the break (so {@code <br>\n} gives one line break, not a blank line), and consecutive block
     * tags give one break of the strongest kind instead of a pile of newlines.
     */
    private static final class Pass {
        private static final String[] BREAKS = {"", "\t", "\n", "\n\n"};

        private final AlignedText in;
        private final List<String> warnings;
        private final String t;
        private final HtmlScanner scanner;
        /** Created at the first change, so text without markup costs one scan and no copy. */
        private Rewriter out;
        /** Break owed before the next content, and the tag it maps to. */
        private Effect pending = Effect.NONE;
        private int pendingFrom;
        private int pendingTo;
        /** Trailing whitespace of the last text run, held back in case a block tag absorbs it; -1 if none. */
        private int heldFrom = -1;
        private int heldTo;

        Pass(AlignedText in, List<String> warnings) {
            this.in = in;
            this.warnings = warnings;
            this.t = in.text();
            this.scanner = new HtmlScanner(t);
        }

        AlignedText run() {
            int n = t.length();
            int run = 0; // start of the text run not yet written
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (c == '<') {
                    int end = scanner.scan(i);
                    if (end >= 0) {
                        text(run, i);
                        markup(i, end, scanner.effect());
                        if (scanner.unclosed() != null) {
                            warnings.add("html: unclosed " + scanner.unclosed() + " removed the text from raw offset "
                                    + in.alignment().rawOffsetBefore(i) + " to the end");
                        }
                        i = run = end;
                        continue;
                    }
                } else if (c == '&') {
                    HtmlEntities.Reference ref = HtmlEntities.at(t, i);
                    if (ref != null) {
                        text(run, i);
                        reference(i, ref);
                        i = run = ref.end();
                        continue;
                    }
                }
                i++;
            }
            if (out == null) {
                return in;
            }
            text(run, n);
            flushHeld(); // trailing whitespace of the document is content; a break owed at the end is not
            return out.build();
        }

        /** A stretch of input text kept as it is, apart from whitespace at block boundaries. */
        private void text(int from, int to) {
            if (from == to) {
                return;
            }
            if (out == null) {
                out = in.rewrite(); // first change: everything before it is plain text, written below
            }
            int s = from;
            if (pending != Effect.NONE) {
                int newlines = 0;
                while (s < to && isSpace(t.charAt(s))) {
                    newlines += t.charAt(s) == '\n' ? 1 : 0;
                    s++;
                }
                keepBlankLine(newlines);
                if (s == to) {
                    return;
                }
            }
            int e = to;
            while (e > s && isSpace(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                beforeContent();
                out.copy(s, e);
            } else {
                flushHeld(); // only whitespace since the last held run (inline tags between): keep both
            }
            heldFrom = e < to ? e : -1;
            heldTo = to;
        }

        private void markup(int from, int to, Effect effect) {
            if (out == null) {
                out = in.rewrite();
            }
            if (effect == Effect.NONE) {
                return; // inline tags, comments, scripts: nothing between the letters around them
            }
            int newlines = 0;
            if (heldFrom >= 0) {
                for (int i = heldFrom; i < heldTo; i++) {
                    newlines += t.charAt(i) == '\n' ? 1 : 0;
                }
                heldFrom = -1;
            }
            if (effect.compareTo(pending) > 0) {
                pending = effect;
                pendingFrom = from;
                pendingTo = to;
            }
            keepBlankLine(newlines);
        }

        /**
         * A blank line in the source next to a line break keeps its paragraph break: in fragments of plain
         * text with stray {@code <br>}s, that blank line is the author's paragraph. Cell breaks stay cells.
         */
        private void keepBlankLine(int sourceNewlines) {
            if (sourceNewlines >= 2 && pending == Effect.LINE) {
                pending = Effect.PARA;
            }
        }

        private void reference(int amp, HtmlEntities.Reference ref) {
            if (out == null) {
                out = in.rewrite();
            }
            if (pending != Effect.NONE && isBlank(ref.text())) {
                return; // &nbsp; between blocks (<p>&nbsp;</p>) is spacing, not content
            }
            beforeContent();
            out.replace(amp, ref.end(), ref.text());
        }

        /** Writes what is owed before content: the pending break (none at the very start) or held whitespace. */
        private void beforeContent() {
            if (pending != Effect.NONE) {
                if (out.length() > 0) {
                    out.replace(pendingFrom, pendingTo, BREAKS[pending.ordinal()]);
                }
                pending = Effect.NONE;
            }
            flushHeld();
        }

        private void flushHeld() {
            if (heldFrom >= 0) {
                out.copy(heldFrom, heldTo);
                heldFrom = -1;
            }
        }

        private static boolean isBlank(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!isSpace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Whitespace including the no-break space, which pages use as spacing between blocks. */
        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }
}
