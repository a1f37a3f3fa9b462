package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a count whose noun is not in {@code counted-nouns.tsv}, when a bound before the number shows that it
 * is a quantity: {@code tối thiểu 200 áo phao}, {@code ít nhất 900 phiến quân}. Without such a bound a number
 * before an unknown word is too often something else (a code, a name, a period) to be read.
 */
final class UnlistedCount {
    /** What was read: the number, the noun (one or two syllables) and where it ends. */
    record Count(BigDecimal value, String noun, int end) {
    }

    private static final String L = Letters.CLASS;

    /** A number, its scale words and up to two lower-case syllables after it, e.g. {@code 200 áo phao}, {@code 10 triệu dân}. */
    private static final Pattern NUMBER_AND_WORDS = Pattern.compile(
            "(?<num>" + VietNumber.DIGITS + ")(?<scale>(?: +(?:" + VietNumber.SCALE + "))*) +(?<first>\\p{Ll}+)(?: +(?<second>\\p{Ll}+))?(?![" + L + "0-9])");

    private static final Set<String> STOPWORDS = Lexicon.named("unlisted-count-stopwords").terms().stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private UnlistedCount() {
    }

    /** The count starting at {@code start}, or null; the caller has checked the bound before it. */
    static Count read(String text, int start) {
        Matcher m = NUMBER_AND_WORDS.matcher(text).region(start, Math.min(text.length(), start + 60));
        if (!m.lookingAt() || NotAQuantity.isYear(m.group("num")) || STOPWORDS.contains(m.group("first"))) {
            return null;
        }
        boolean two = m.group("second") != null && !STOPWORDS.contains(m.group("second"));
        String noun = two ? m.group("first") + " " + m.group("second") : m.group("first");
        int end = two ? m.end("second") : m.end("first");
        return new Count(VietNumber.parseDigits(m.group("num")).multiply(VietNumber.scale(m.group("scale"))), noun, end);
    }
}
