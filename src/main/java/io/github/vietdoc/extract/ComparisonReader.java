package io.github.vietdoc.extract;

import io.github.vietdoc.model.Relative;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a comparison that qualifies the value before it: {@code , bằng 170% so với cùng kỳ},
 * {@code , đạt 68,2% kế hoạch}, {@code , tăng 6,18% so với cùng kỳ}, {@code giảm 2%}.
 */
final class ComparisonReader {
    /** What was read and where it ends. */
    record Comparison(Relative relative, int end) {
    }

    private static final String L = Letters.CLASS;

    /** A comparison after a value, e.g. {@code , bằng 172,1% so với cùng kỳ}. */
    private static final Pattern AFTER = Pattern.compile(
            "(?<lead>(?: +[" + L + "]+){1,4} *,|,)? *(?<verb>bằng|đạt|tương +đương|tăng|giảm) +(?<pct>" + VietNumber.DIGITS + ") *%"
                    + "(?<with> *(?:so +)?với)?(?: +(?<base>[" + L + "]+(?: +[" + L + "]+){0,3}(?: +(?:19|20)[0-9]{2}(?![0-9]|[.,][0-9]))?))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A baseline a bare {@code đạt X%} is compared with, e.g. {@code kế hoạch}, {@code cùng kỳ},
     * {@code dung tích thiết kế} (a reservoir's share of its capacity).
     */
    private static final Pattern BASELINE = Pattern.compile(
            "(?:kế +hoạch|KH|cùng +kỳ|dự +toán|chỉ +tiêu|mục +tiêu|nghị +quyết|định +mức|dung +tích|công +suất)(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SPACES = Pattern.compile(" +");

    private ComparisonReader() {
    }

    /** The comparison starting at {@code from}, or null. */
    static Comparison read(CharSequence text, int from) {
        Matcher m = AFTER.matcher(text);
        m.region(from, Math.min(text.length(), from + 90));
        if (!m.lookingAt()) {
            return null;
        }
        String verb = m.group("verb").toLowerCase(Locale.ROOT);
        BigDecimal pct = VietNumber.plain(VietNumber.parseDigits(m.group("pct")));
        String base = m.group("base") == null ? null : SPACES.matcher(m.group("base")).replaceAll(" ");
        boolean change = verb.equals("tăng") || verb.equals("giảm");
        // after a value and a comma, bằng/đạt X% relates that value to whatever follows:
        // 1.965 con gia súc, đạt 90,1% tổng đàn; 182,45 ha, đạt 51,2% diện tích cần thu hồi
        boolean afterComma = m.group("lead") != null;
        boolean namedBaseline = base != null
                && (m.group("with") != null || afterComma && !change || BASELINE.matcher(base).lookingAt());
        if (!change && m.group("with") == null && !afterComma && !namedBaseline) {
            return null;
        }
        int end = m.end();
        if (base != null && !namedBaseline) {
            base = null;
            end = m.end("pct") + (m.group(0).substring(m.end("pct") - m.start()).indexOf('%')) + 1;
        }
        Relative rel = change
                ? new Relative(null, verb.equals("giảm") ? pct.negate() : pct, base)
                : new Relative(pct, null, base);
        return new Comparison(rel, end);
    }
}
