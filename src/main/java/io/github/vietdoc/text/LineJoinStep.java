package io.github.vietdoc.text;

import java.util.List;

/**
 * Joins lines that a hard wrap or a page break cut in mid-sentence: the line before ends without
 * closing punctuation and the line after starts with a lower-case letter ({@code …cấp ủy cấp} /
 * {@code trên về kết quả…}). The break becomes one space. Headings and list items start with a capital,
 * a digit or a dash, so they stay on their own lines. Across a blank line (a page break) only a long
 * body paragraph is continued, never the first one: a heading has no closing period either, and the
 * line after it may be a lower-case stamp ({@code quantri gửi vào …}).
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
                    && (!paragraphBreak || continuesParagraph(s, i))) {
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

    /** The paragraph ending at {@code end} is long body text and not the document's first paragraph. */
    private static boolean continuesParagraph(String s, int end) {
        int start = s.lastIndexOf("\n\n", end - 1);
        if (start < 0) {
            return false;
        }
        int words = 0;
        for (int k = start + 2; k < end; k++) {
            if (s.charAt(k) == ' ' || s.charAt(k) == '\n') {
                words++;
            }
        }
        return words + 1 >= MIN_CUT_PARAGRAPH_WORDS;
    }

    private static boolean endsOpen(char c) {
        return Character.isLetterOrDigit(c) || c == ',';
    }
}
