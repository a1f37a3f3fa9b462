package io.github.vietdoc.text;

import java.util.List;
import java.util.Optional;

/**
 * Converts a document typed in a legacy Vietnamese font encoding (TCVN3 or VNI, see {@link LegacyFont})
 * to Unicode, when {@link LegacyFontDetector} finds it clearly is one; anything else passes unchanged.
 * ASCII and characters outside the tables are copied; each new letter maps to the raw characters it
 * came from (one for TCVN3, the base and its mark for VNI).
 */
final class LegacyFontStep implements NormalizationStep {

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String text = in.text();
        Optional<LegacyFont> font = LegacyFontDetector.detect(text);
        if (font.isEmpty()) {
            return in;
        }
        LegacyFont f = font.get();
        Rewriter out = in.rewrite();
        int n = text.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!LegacyFontDetector.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && LegacyFontDetector.isWordChar(text.charAt(i))) {
                i++;
            }
            copied = convertWord(f, text, start, i, copied, out);
        }
        out.copy(copied, n);
        warnings.add(f.warning());
        return out.build();
    }

    /** Rewrites the legacy letters of the word {@code [start, end)}; returns how far the input is now written. */
    private static int convertWord(LegacyFont f, String text, int start, int end, int copied, Rewriter out) {
        boolean capitals = f == LegacyFont.TCVN3 && writtenInCapitals(text, start, end);
        int i = start;
        while (i < end) {
            int m = f.lookup(text, i, end);
            if (m == 0 || m == (1 << 16 | text.charAt(i))) {
                i++; // not legacy, or a letter that stands for itself (VNI í, ì)
                continue;
            }
            int len = m >>> 16;
            char to = capitals ? Character.toUpperCase((char) m) : (char) m;
            out.copy(copied, i);
            if (len == 1) {
                out.replaceChar(i, to);
            } else {
                out.replace(i, i + len, String.valueOf(to));
            }
            i += len;
            copied = i;
        }
        return copied;
    }

    /**
     * TCVN3 has no toned capitals: headings were set in the all-caps {@code .VnTimeH} fonts, which draw
     * the small-letter codes as capitals ({@code CéNG HOµ} = CỘNG HOÀ). A word whose ASCII letters are all
     * capitals, two at least ({@code Uû} = Uỷ has one), is taken for such a heading word.
     */
    private static boolean writtenInCapitals(String text, int start, int end) {
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return upper >= 2;
    }
}
