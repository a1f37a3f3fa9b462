package io.github.vietdoc.text;

import java.util.List;

/**
 * Joins lines that a hard wrap or a page break cut in mid-sentence: the line before ends without
 * closing punctuation and the line after starts with a lower-case letter ({@code …cấp ủy cấp} /
 * {@code trên về kết quả…}). The break becomes one space. Headings and list items start with a capital,
 * a digit or a dash, so they stay on their own lines. Across a blank line (a page break) only a long
 * body paragraph is continued: a heading has no closing period either, and the line after it may be
 * a lower-case stamp ({@code quantri gửi vào T3, 2018-06-26}).
 */
final class LineJoinStep implements NormalizationStep {

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String s = in.text();
        Rewriter out = null;
        int copyFrom = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) != '\n') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == '\n') {
                j++;
            }
            boolean paragraphBreak = j - i > 1;
            if (i > 0 && j < n && endsOpen(s.charAt(i - 1)) && Character.isLowerCase(s.charAt(j))
                    && (paragraphBreak ? continuesParagraph(s, i, j) : !isStandaloneShortLine(s, i))) {
                if (out == null) {
                    out = in.rewrite();
                }
                out.copy(copyFrom, i);
                out.replace(i, j, " ");
                copyFrom = j;
            }
            i = j;
        }
        if (out == null) {
            return in;
        }
        out.copy(copyFrom, n);
        return out.build();
    }

    /** Words a paragraph needs before a page break may be taken to cut it. */
    private static final int MIN_CUT_PARAGRAPH_WORDS = 20;

    /** A date or time near the start of the next line marks a stamp, not the rest of a sentence. */
    private static final java.util.regex.Pattern STAMP_AHEAD =
            java.util.regex.Pattern.compile("^[^\\n]{0,40}?\\d{1,4}[-/.:]\\d{1,2}");

    /** The paragraph ending at {@code end} is long body text, and what follows is not a date stamp. */
    private static boolean continuesParagraph(String s, int end, int next) {
        int start = s.lastIndexOf("\n\n", end - 1);
        start = start < 0 ? 0 : start + 2;
        int words = 1;
        for (int k = start; k < end; k++) {
            if (s.charAt(k) == ' ' || s.charAt(k) == '\n') {
                words++;
            }
        }
        return words >= MIN_CUT_PARAGRAPH_WORDS
                && !STAMP_AHEAD.matcher(s).region(next, Math.min(s.length(), next + 60)).lookingAt();
    }

    /** Words under which a line after a finished sentence stands alone (a byline, a caption), not wrapped. */
    private static final int STANDALONE_LINE_WORDS = 4;

    /**
     * The line ending at {@code end} is short and follows a line that closed its sentence: a byline such as
     * {@code Phương Anh}, which a lower-case link line after it must not be glued to.
     */
    private static boolean isStandaloneShortLine(String s, int end) {
        int start = s.lastIndexOf('\n', end - 1);
        if (start < 1) {
            return false;
        }
        int words = 1;
        for (int k = start + 1; k < end; k++) {
            if (s.charAt(k) == ' ') {
                words++;
            }
        }
        char before = s.charAt(start - 1);
        return words < STANDALONE_LINE_WORDS && (before == '.' || before == '!' || before == '?' || before == '"');
    }

    private static boolean endsOpen(char c) {
        return Character.isLetterOrDigit(c) || c == ',';
    }
}
