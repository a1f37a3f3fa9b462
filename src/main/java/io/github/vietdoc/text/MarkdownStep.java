package io.github.vietdoc.text;

import java.util.List;

/**
 * Drops the markdown residue that converters leave in scraped and PDF-extracted pages: emphasis
 * delimiters ({@code **ĐẢNG BỘ TỈNH**}, {@code *V/v …*}, {@code __x__}), heading and quote markers at the
 * start of a line, decorative lines made of stars only (the star under a Party header), and links
 * {@code [text](url)} reduced to their text. A star between two spaces ({@code 2 * 3}) and one inside
 * a word stay.
 */
final class MarkdownStep implements NormalizationStep {

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String s = in.text();
        if (s.indexOf('*') < 0 && s.indexOf("__") < 0 && s.indexOf('#') < 0 && s.indexOf("](") < 0 && s.indexOf('>') < 0) {
            return in;
        }
        Rewriter out = in.rewrite();
        int n = s.length();
        int copyFrom = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean lineStart = i == 0 || s.charAt(i - 1) == '\n';
            int drop = 0;
            if (lineStart) {
                drop = lineMarker(s, i);
            }
            if (drop == 0 && (c == '*' || (c == '_' && i + 1 < n && s.charAt(i + 1) == '_'))) {
                drop = emphasis(s, i);
            }
            if (drop == 0 && c == '[') {
                int[] link = link(s, i);
                if (link != null) {
                    // keep the link text, drop the brackets and the target
                    out.copy(copyFrom, i);
                    out.replace(i, i + 1, "");
                    out.copy(i + 1, link[0]);
                    out.replace(link[0], link[1], "");
                    copyFrom = link[1];
                    i = link[1];
                    continue;
                }
            }
            if (drop > 0) {
                out.copy(copyFrom, i);
                out.replace(i, i + drop, "");
                copyFrom = i + drop;
                i += drop;
            } else {
                i++;
            }
        }
        out.copy(copyFrom, n);
        return out.build();
    }

    /** Length of a heading/quote marker or a stars-only line at {@code i} (a line start), 0 if none. */
    private static int lineMarker(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        int k = j;
        while (k < s.length() && (s.charAt(k) == '*' || s.charAt(k) == ' ')) {
            k++;
        }
        if (k > j && (k == s.length() || s.charAt(k) == '\n')) {
            return k - i; // a line of stars only
        }
        k = j;
        char c = j < s.length() ? s.charAt(j) : '\0';
        if (c == '#' || c == '>') {
            while (k < s.length() && s.charAt(k) == c && k - j < 6) {
                k++;
            }
            if (k < s.length() && s.charAt(k) == ' ') {
                return k + 1 - i;
            }
        }
        return 0;
    }

    /** Length of an emphasis delimiter run at {@code i}, 0 when the run is not one. */
    private static int emphasis(String s, int i) {
        char c = s.charAt(i);
        int j = i;
        while (j < s.length() && s.charAt(j) == c && j - i < 3) {
            j++;
        }
        if (c == '_' && j - i < 2) {
            return 0;
        }
        // CommonMark's flanking rules: a run that can only open or only close is a delimiter
        char prev = i == 0 ? ' ' : s.charAt(i - 1);
        char next = j == s.length() ? ' ' : s.charAt(j);
        boolean leftFlanking = !Character.isWhitespace(next) && (!isPunctuation(next) || isSpaceOrPunctuation(prev));
        boolean rightFlanking = !Character.isWhitespace(prev) && (!isPunctuation(prev) || isSpaceOrPunctuation(next));
        return leftFlanking != rightFlanking ? j - i : 0;
    }

    private static boolean isSpaceOrPunctuation(char c) {
        return Character.isWhitespace(c) || isPunctuation(c);
    }

    private static boolean isPunctuation(char c) {
        return !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && !isMark(c);
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** {@code [text](target)} at {@code i}: the index of {@code ]} and the end of the link, or null. */
    private static int[] link(String s, int i) {
        int close = -1;
        for (int k = i + 1; k < s.length() && k - i < 300; k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '[') {
                return null;
            }
            if (c == ']') {
                close = k;
                break;
            }
        }
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
            return null;
        }
        for (int k = close + 2; k < s.length() && k - close < 500; k++) {
            char c = s.charAt(k);
            if (c == ')') {
                return new int[] {close, k + 1};
            }
            if (Character.isWhitespace(c)) {
                return null;
            }
        }
        return null;
    }
}
