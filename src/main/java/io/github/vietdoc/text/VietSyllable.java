package io.github.vietdoc.text;

import java.util.List;
import java.util.Set;

/**
 * Whether a word has the shape of one Vietnamese syllable: initial consonant, vowel nucleus, final
 * consonant, at most one tone. The legacy-font detector converts a suspect word and asks this: real
 * legacy text converts to syllables, while French or German words ({@code café → cafộ}) do not.
 * A shape check, not a dictionary: it accepts some syllables no one uses, which is fine for voting.
 */
final class VietSyllable {
    /** Each vowel with its five tones, in the order none, huyền, sắc, hỏi, ngã, nặng. */
    private static final List<String> VOWELS = List.of(
            "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
            "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ");
    private static final int SAC = 2;
    private static final int NANG = 5;
    /** For a lowercase vowel: its toneless base in the low 16 bits, its tone above. */
    private static final int[] VOWEL_CODE = new int[0x1F00];

    static {
        for (String row : VOWELS) {
            for (int tone = 0; tone < row.length(); tone++) {
                VOWEL_CODE[row.charAt(tone)] = tone << 16 | row.charAt(0);
            }
        }
    }

    /** Longest first, so that {@code ngh} is tried before {@code ng} and {@code n}. */
    private static final List<String> INITIALS = List.of(
            "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    /** Final consonants; k only ends highland names (Đắk Lắk, Krông Búk), frequent in official texts. */
    private static final Set<String> FINALS = Set.of("c", "ch", "k", "m", "n", "ng", "nh", "p", "t");
    /** Nuclei that may stand with or without a final consonant. */
    private static final Set<String> FREE = Set.of(
            "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ");
    /** Nuclei that need a final consonant ({@code ăn}, {@code tiên}, {@code xoong}). */
    private static final Set<String> CLOSED = Set.of("ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ", "oo");
    /** Nuclei that end in a glide ({@code ai}, {@code ươi}) and so take no final consonant. */
    private static final Set<String> OPEN = Set.of(
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
            "ưa", "ưi", "ưu", "oai", "oao", "oay", "oeo", "uây", "uya", "uyu", "iêu", "yêu", "uôi", "ươi", "ươu");

    private VietSyllable() {
    }

    static boolean isSyllable(CharSequence word) {
        int n = word.length();
        if (n == 0 || n > 7) {
            return false;
        }
        StringBuilder base = new StringBuilder(n);
        int tone = 0;
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(word.charAt(i));
            int code = c < VOWEL_CODE.length ? VOWEL_CODE[c] : 0;
            if (code != 0) {
                int t = code >>> 16;
                if (t != 0) {
                    if (tone != 0) {
                        return false;
                    }
                    tone = t;
                }
                base.append((char) (code & 0xFFFF));
            } else if ((c >= 'a' && c <= 'z') || c == 'đ') {
                base.append(c);
            } else {
                return false;
            }
        }
        String b = base.toString();
        for (String initial : INITIALS) {
            if (b.startsWith(initial) && rimeFits(initial, b.substring(initial.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rimeFits(String initial, String rime, int tone) {
        int v = 0;
        while (v < rime.length() && isVowel(rime.charAt(v))) {
            v++;
        }
        if (v == 0) {
            return false;
        }
        String nucleus = rime.substring(0, v);
        String fin = rime.substring(v);
        boolean fits = fin.isEmpty()
                ? FREE.contains(nucleus) || OPEN.contains(nucleus)
                : FINALS.contains(fin) && (FREE.contains(nucleus) || CLOSED.contains(nucleus));
        // stop finals only take the sắc and nặng tones (các, học; never *càc)
        if (fits && (fin.equals("c") || fin.equals("ch") || fin.equals("k") || fin.equals("p") || fin.equals("t"))) {
            fits = tone == 0 || tone == SAC || tone == NANG;
        }
        return fits && spellingFits(initial, nucleus.charAt(0));
    }

    /** Vietnamese spelling writes k, gh, ngh before i e ê y and c, g, ng elsewhere. */
    private static boolean spellingFits(String initial, char first) {
        boolean front = first == 'i' || first == 'e' || first == 'ê' || first == 'y';
        switch (initial) {
            case "k":
            case "gh":
            case "ngh":
                return front;
            case "c":
            case "ng":
                return !front;
            case "g":
                return first != 'e' && first != 'ê' && first != 'y';
            case "qu":
                return first != 'u';
            default:
                return true;
        }
    }

    private static boolean isVowel(char c) {
        return c < VOWEL_CODE.length && VOWEL_CODE[c] != 0;
    }
}
