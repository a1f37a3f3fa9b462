package io.github.vietdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.lexicon.Lexicon;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LegacyFontTest {

    /** Every Vietnamese letter that is not plain ASCII: 66 toned or marked vowels and đ, small. */
    private static Set<String> vietnameseSmallLetters() {
        Set<String> out = new HashSet<>();
        for (char v : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}) {
                out.add(Normalizer.normalize(v + tone, Normalizer.Form.NFC));
            }
        }
        out.removeAll(Set.of("a", "e", "i", "o", "u", "y"));
        out.add("đ");
        return out;
    }

    private static Set<String> results(String lexicon) {
        Set<String> out = new HashSet<>();
        for (Lexicon.Entry e : Lexicon.named(lexicon).entries()) {
            assertThat(out.add(e.field(0))).as("%s gives %s twice", lexicon, e.field(0)).isTrue();
        }
        return out;
    }

    @Test
    void tcvn3CoversEverySmallLetterAndTheSevenCapitals() {
        Set<String> expected = vietnameseSmallLetters();
        expected.addAll(Set.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"));
        assertThat(results("tcvn3")).isEqualTo(expected);
    }

    @Test
    void vniCoversEveryLetterInBothCases() {
        Set<String> expected = vietnameseSmallLetters();
        for (String s : Set.copyOf(expected)) {
            expected.add(s.toUpperCase(Locale.ROOT));
        }
        assertThat(results("vni")).isEqualTo(expected);
    }

    @Test
    void looksUpSinglesAndPairs() {
        String s = "§Ê aù ôù";
        assertThat(LegacyFont.TCVN3.lookup(s, 0, s.length())).isEqualTo(1 << 16 | 'Đ');
        assertThat(LegacyFont.TCVN3.lookup(s, 1, s.length())).isEqualTo(1 << 16 | 'ấ');
        assertThat(LegacyFont.TCVN3.lookup(s, 3, s.length())).isZero();
        assertThat(LegacyFont.VNI.lookup(s, 3, s.length())).isEqualTo(2 << 16 | 'á');
        assertThat(LegacyFont.VNI.lookup(s, 3, 4)).as("pair cut by the limit").isZero();
        assertThat(LegacyFont.VNI.lookup(s, 6, s.length())).isEqualTo(2 << 16 | 'ớ');
        assertThat(LegacyFont.VNI.lookup("ô", 0, 1)).isEqualTo(1 << 16 | 'ơ');
    }

    @Test
    void syllableShapes() {
        for (String ok : new String[] {"Chấp", "nghiêng", "gì", "giữa", "quốc", "khuỷu", "người", "xoong", "Uỷ", "ủy",
                "hoặc", "ĐẮK", "ở"}) {
            assertThat(VietSyllable.isSyllable(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"cafộ", "kửln", "", "Müller", "ce", "ki".repeat(4), "càc", "ộtộ", "ỹber", "ắroport"}) {
            assertThat(VietSyllable.isSyllable(bad)).as(bad).isFalse();
        }
    }
}
