package io.github.vietdoc.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the tone mark of a word-final {@code oa}, {@code oe}, {@code uy} on the vowel that the chosen
 * {@link TonePlacement} wants. {@code quy} (qu is a consonant) and {@code gioa} are left alone.
 * Runs after NFC, so every vowel with its tone is one character.
 */
final class ToneMarkStep implements NormalizationStep {
    private static final String MARKS = "\u0300\u0301\u0309\u0303\u0323";
    /** toned or plain vowel → {base letter, tone index (-1 for none)} for the vowels that can take part. */
    private static final Map<Character, int[]> VOWELS = new HashMap<>();
    /** The highest character in {@link #VOWELS}, for a cheap range test before the lookup. */
    private static final char MAX_VOWEL = '\u1EF9';
    private static final Map<String, Character> COMPOSE = new HashMap<>();

    static {
        for (char base : "oOuUaAeEyY".toCharArray()) {
            VOWELS.put(base, new int[] {base, -1});
            for (int t = 0; t < MARKS.length(); t++) {
                String composed = java.text.Normalizer.normalize(base + MARKS.substring(t, t + 1),
                        java.text.Normalizer.Form.NFC);
                char c = composed.charAt(0);
                VOWELS.put(c, new int[] {base, t});
                COMPOSE.put(base + ":" + t, c);
            }
        }
    }

    private static final int[][] VOWEL_TABLE = new int[MAX_VOWEL + 1][];

    static {
        VOWELS.forEach((c, v) -> VOWEL_TABLE[c] = v);
    }

    private final TonePlacement placement;

    ToneMarkStep(TonePlacement placement) {
        this.placement = placement;
    }

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String s = in.text();
        Rewriter out = null;
        int copyFrom = 0;
        int n = s.length();
        for (int i = 1; i < n; i++) {
            // a candidate pair ends a word: s[i-1] s[i], then a non-letter or the end
            char last = s.charAt(i);
            if (last > MAX_VOWEL || last < 'A' || (i + 1 < n && Character.isLetter(s.charAt(i + 1)))) {
                continue;
            }
            int[] second = vowel(last);
            int[] first = second == null ? null : vowel(s.charAt(i - 1));
            if (first == null || second == null || !isPair(first[0], second[0]) || (first[1] < 0) == (second[1] < 0)) {
                continue;
            }
            char before = i >= 2 ? Character.toLowerCase(s.charAt(i - 2)) : ' ';
            if (before == 'q' || (before == 'i' && i >= 3 && Character.toLowerCase(s.charAt(i - 3)) == 'g')) {
                continue;
            }
            boolean markOnFirst = first[1] >= 0;
            if (markOnFirst == (placement == TonePlacement.CLASSIC)) {
                continue;
            }
            int tone = markOnFirst ? first[1] : second[1];
            char a = markOnFirst ? (char) first[0] : COMPOSE.get((char) first[0] + ":" + tone);
            char b = markOnFirst ? COMPOSE.get((char) second[0] + ":" + tone) : (char) second[0];
            if (out == null) {
                out = in.rewrite();
            }
            out.copy(copyFrom, i - 1);
            out.replace(i - 1, i + 1, new String(new char[] {a, b}));
            copyFrom = i + 1;
        }
        if (out == null) {
            return in;
        }
        out.copy(copyFrom, n);
        return out.build();
    }

    /** The vowel's entry, looked up in an array: this runs at every word end of every document. */
    private static int[] vowel(char c) {
        return c <= MAX_VOWEL ? VOWEL_TABLE[c] : null;
    }

    private static boolean isPair(int first, int second) {
        char f = Character.toLowerCase((char) first);
        char s = Character.toLowerCase((char) second);
        return (f == 'o' && (s == 'a' || s == 'e')) || (f == 'u' && s == 'y');
    }
}
