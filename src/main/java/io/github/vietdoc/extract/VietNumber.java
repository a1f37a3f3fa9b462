package io.github.vietdoc.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numbers as Vietnamese writes them: a dot groups thousands ({@code 1.209}), a comma marks the
 * decimals ({@code 5,8}, {@code 3.416,27}), scale words multiply ({@code 120 nghìn}, {@code 2.450.000 triệu}),
 * and small numbers are written in words ({@code hai}, {@code mười lăm}, {@code năm mươi tám}). Exact arithmetic.
 */
final class VietNumber {
    /** Digits, e.g. {@code 1.209}, {@code 3.416,27}, {@code 02}, {@code 615,472}. */
    static final String DIGITS = "[0-9]{1,3}(?:\\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?";

    private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2), Map.entry("ba", 3),
            Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("lăm", 5),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9));

    /** The words a number in words starts with. */
    static final Set<String> WORD_SET = Set.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");
    static final int LONGEST_WORD = 4;

    /** A number in words, e.g. {@code năm mươi tám}, {@code một trăm}, {@code mười lăm}. */
    static final String WORDS = "(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
            + "(?: +(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)"
            + "(?![" + Letters.CLASS + "]))*";

    /** A scale word, e.g. {@code nghìn} in {@code 120 nghìn tấn}. */
    static final String SCALE = "nghìn|ngàn|triệu|tỷ|tỉ";

    private static final Pattern SPACES = Pattern.compile(" +");

    private VietNumber() {
    }

    /** {@code 1.209} → 1209, {@code 5,8} → 5.8, {@code 3.416,27} → 3416.27. */
    static BigDecimal parseDigits(String s) {
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }

    /** {@code năm mươi tám} → 58, {@code một trăm linh năm} → 105; null when the words are no number. */
    static BigDecimal parseWords(String s) {
        long group = 0;
        long pending = 0;
        for (String w : SPACES.split(s.trim().toLowerCase(Locale.ROOT))) {
            Integer d = DIGIT_WORDS.get(w);
            if (d != null) {
                pending = d;
            } else if (w.equals("mười")) {
                group += 10;
                pending = 0;
            } else if (w.equals("mươi")) {
                group += pending * 10;
                pending = 0;
            } else if (w.equals("trăm")) {
                group += pending * 100;
                pending = 0;
            } else if (!w.equals("linh") && !w.equals("lẻ")) {
                return null;
            }
        }
        return BigDecimal.valueOf(group + pending);
    }

    /** The product of the scale words, e.g. {@code  nghìn tỷ} → 10^12; 1 for none. */
    static BigDecimal scale(String words) {
        BigDecimal m = BigDecimal.ONE;
        for (String w : SPACES.split(words.trim().toLowerCase(Locale.ROOT))) {
            switch (w) {
                case "nghìn", "ngàn" -> m = m.multiply(BigDecimal.valueOf(1_000));
                case "triệu" -> m = m.multiply(BigDecimal.valueOf(1_000_000));
                case "tỷ", "tỉ" -> m = m.multiply(BigDecimal.valueOf(1_000_000_000));
                default -> { }
            }
        }
        return m;
    }

    /** Plain form without trailing zeros: 120000, 5800000000, 41.3. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
