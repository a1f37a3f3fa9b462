package io.github.vietdoc.text;

import java.util.List;

/**
 * Collapses blanks: runs of spaces become one space, spaces at the ends of lines go, runs of blank
 * lines become one paragraph break, leading and trailing blank lines go. Also closes up a spaced
 * hyphen between numbers ({@code 2020- 2025} → {@code 2020-2025}), a typing habit of the genre.
 */
final class WhitespaceStep implements NormalizationStep {

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String s = in.text();
        Rewriter out = null; // made at the first change: most views after the first pass need none
        int n = s.length();
        int copyFrom = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n') {
                i++;
                continue;
            }
            if (c == ' ' && i > 0 && i + 1 < n && s.charAt(i + 1) != ' ' && s.charAt(i + 1) != '\n'
                    && s.charAt(i - 1) != '-' && s.charAt(i + 1) != '-') {
                i++; // the common case: one space between two words stays as it is
                continue;
            }
            int j = i;
            int newlines = 0;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\n')) {
                if (s.charAt(j) == '\n') {
                    newlines++;
                }
                j++;
            }
            String replacement;
            if (i == 0 || j == n) {
                replacement = "";
            } else if (newlines >= 2) {
                replacement = "\n\n";
            } else if (newlines == 1) {
                replacement = "\n";
            } else if (isNumberHyphenGap(s, i, j)) {
                replacement = "";
            } else {
                replacement = " ";
            }
            if (!s.regionMatches(i, replacement, 0, replacement.length()) || replacement.length() != j - i) {
                if (out == null) {
                    out = in.rewrite();
                }
                out.copy(copyFrom, i);
                if (!replacement.isEmpty() && s.regionMatches(i, replacement, 0, replacement.length())) {
                    // keep the first characters themselves so their mapping stays exact
                    out.copy(i, i + replacement.length());
                    out.replace(i + replacement.length(), j, "");
                } else {
                    out.replace(i, j, replacement);
                }
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

    /** A space run {@code [i, j)} inside {@code 2020- 2025} or {@code 2020 -2025}. */
    private static boolean isNumberHyphenGap(String s, int i, int j) {
        if (i >= 2 && s.charAt(i - 1) == '-' && Character.isDigit(s.charAt(i - 2)) && j < s.length()
                && Character.isDigit(s.charAt(j))) {
            return true;
        }
        return i >= 1 && Character.isDigit(s.charAt(i - 1)) && j + 1 < s.length() && s.charAt(j) == '-'
                && Character.isDigit(s.charAt(j + 1));
    }
}
