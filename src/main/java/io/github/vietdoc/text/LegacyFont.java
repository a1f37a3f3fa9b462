package io.github.vietdoc.text;

import io.github.vietdoc.lexicon.Lexicon;

/**
 * The two legacy Vietnamese font encodings still met in old documents. Both put Vietnamese letters on
 * Latin-1 code points, so such text reaches us as plausible-looking Western characters: TCVN3 uses one
 * character a letter ({@code ChÊp} = Chấp), VNI a base letter plus a mark character ({@code Vieät} = Việt).
 * The tables come from the lexicons {@code tcvn3} and {@code vni}, read once.
 */
enum LegacyFont {
    TCVN3("tcvn3", "legacy TCVN3 (.VnTime) text converted to Unicode"),
    VNI("vni", "legacy VNI (VNI-Windows) text converted to Unicode");

    private final String warning;
    /** Latin-1 character → Unicode letter, 0 when the character is no legacy letter on its own. */
    private final char[] single = new char[256];
    /** Two Latin-1 characters {@code (first << 8 | second)} → Unicode letter; VNI only. */
    private final char[] pairs;
    /** Latin-1 characters that take part in some legacy letter, marks included. */
    private final boolean[] used = new boolean[256];

    LegacyFont(String lexicon, String warning) {
        this.warning = warning;
        char[] p = null;
        for (Lexicon.Entry e : Lexicon.named(lexicon).entries()) {
            String from = e.term();
            String to = e.field(0);
            if (to == null || to.length() != 1 || from.isEmpty() || from.length() > 2
                    || from.chars().anyMatch(c -> c > 0xFF)) {
                throw new IllegalStateException("bad " + lexicon + " entry at line " + e.line() + ": " + from);
            }
            from.chars().filter(c -> c >= 0x80).forEach(c -> used[c] = true);
            if (from.length() == 1) {
                single[from.charAt(0)] = to.charAt(0);
            } else {
                if (p == null) {
                    p = new char[1 << 16];
                }
                p[from.charAt(0) << 8 | from.charAt(1)] = to.charAt(0);
            }
        }
        this.pairs = p;
    }

    /** The warning to give once a document in this encoding has been converted. */
    String warning() {
        return warning;
    }

    /**
     * The legacy letter at {@code s[i]} (not reading at or past {@code limit}): its length (1 or 2) in the
     * high 16 bits and its Unicode letter in the low 16 bits, or 0 when there is none. Some letters map
     * to themselves (VNI í, ì); callers compare before rewriting.
     */
    int lookup(CharSequence s, int i, int limit) {
        char c = s.charAt(i);
        if (c > 0xFF) {
            return 0;
        }
        if (pairs != null && i + 1 < limit) {
            char d = s.charAt(i + 1);
            if (d <= 0xFF && pairs[c << 8 | d] != 0) {
                return 2 << 16 | pairs[c << 8 | d];
            }
        }
        return single[c] != 0 ? 1 << 16 | single[c] : 0;
    }

    /** Whether {@code c} can be part of a legacy letter (the mark characters of VNI included). */
    boolean usesChar(char c) {
        return c <= 0xFF && used[c];
    }
}
