package io.github.vietdoc.text;

import com.ibm.icu.text.Normalizer2;
import java.util.List;

/**
 * Character-level cleanup in one pass: Unicode NFC (ICU), {@code Ð} (U+00D0, Icelandic eth that
 * Vietnamese keyboards and code pages produce) read as {@code Đ}, invisible characters dropped, every
 * kind of space folded to a plain space, CR LF and the Unicode separators to {@code \n}, and typographic
 * quotes and dashes folded to ASCII so that {@code 653/NQ – UBTVQH} and {@code 653/NQ-UBTVQH} match alike.
 */
final class CharacterStep implements NormalizationStep {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String s = in.text();
        if (isClean(s)) {
            return in;
        }
        Rewriter out = in.rewrite();
        int n = s.length();
        int copyFrom = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int clusterEnd = clusterEnd(s, i);
            String replacement = null;
            int to = i + 1;
            if (clusterEnd > i + 1 || (c >= 0x300 && !NFC.isInert(c) && !Character.isSurrogate(c))) {
                to = clusterEnd;
                String cluster = s.substring(i, to);
                String composed = fold(NFC.normalize(cluster));
                if (!composed.equals(cluster)) {
                    replacement = composed;
                }
            } else if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    to = i + 2;
                }
                replacement = "\n";
            } else {
                char f = fold(c);
                if (f != c) {
                    replacement = f == DROP ? "" : String.valueOf(f);
                }
            }
            if (replacement != null) {
                out.copy(copyFrom, i);
                out.replace(i, to, replacement);
                copyFrom = to;
            }
            i = to;
        }
        out.copy(copyFrom, n);
        return out.build();
    }

    private static final char DROP = '\uFFFF';

    /** The folded form of one character, {@link #DROP} to remove it, or the character itself. */
    static char fold(char c) {
        if (c < 0x80) {
            if (c == '\t' || c == 0x0B) {
                return ' ';
            }
            if (c == '\f') {
                return '\n';
            }
            return c < 0x20 && c != '\n' && c != '\r' ? DROP : c;
        }
        switch (c) {
            case '\u00D0': return '\u0110'; // Ð → Đ
            case '\u00F0': return '\u0111'; // ð → đ
            case '\u00A0': case '\u1680': case '\u202F': case '\u205F': case '\u3000':
                return ' ';
            case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            case '\uFEFF': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\u00AD': case '\u180E':
                return DROP;
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                if (c >= '\u2000' && c <= '\u200A') {
                    return ' ';
                }
                if (c >= 0x80 && c < 0xA0) {
                    return DROP; // C1 controls
                }
                return c;
        }
    }

    private static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != s.charAt(i) && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null && f != DROP) {
                b.append(f);
            }
        }
        return b == null ? s : b.toString();
    }

    /** End of the NFC cluster starting at {@code i}: the index of the next character that starts a new one. */
    private static int clusterEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length()) {
            char next = s.charAt(j);
            if (next < 0x300 || NFC.hasBoundaryBefore(next)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** True when no character needs folding and the text is NFC, checked without allocating. */
    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? (c < 0x20 && c != '\n') : (fold(c) != c || (c >= 0x300 && !NFC.isInert(c)))) {
                return false;
            }
        }
        return NFC.isNormalized(s);
    }
}
