package io.github.vietdoc.extract;

import io.github.vietdoc.model.Indicator;
import io.github.vietdoc.model.IndicatorKind;
import io.github.vietdoc.model.Qualifier;
import io.github.vietdoc.model.Relative;
import io.github.vietdoc.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric indicators: a number followed by a measure unit or a counted noun
 * ({@code ước đạt 120 nghìn tấn}, {@code 1.209 tổ}, {@code 223/224 trường hợp}, {@code từ 37 lên 41,3%}).
 * Numbers without a unit (dates, years, identifiers, slogans, list markers) are never indicators.
 */
public final class IndicatorExtractor {
    private static final String L = Letters.CLASS;
    private static final String NUM = VietNumber.DIGITS;

    /**
     * A quantity, e.g. {@code 37 lên 41,3%}, {@code 223/224 trường hợp}, {@code 10-15%},
     * {@code 2.450.000 triệu đồng/ha}, {@code năm mươi tám hộ}.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![" + L + "0-9/.,\\-–])"
                    + "(?:(?<from>" + NUM + ") +(?:lên|xuống) +)?"
                    + "(?:(?<num>" + NUM + ")|(?<words>" + VietNumber.WORDS + "))"
                    + "(?:/(?<total>" + NUM + ")(?![0-9/])|(?: *[-–] *| +đến +)(?<to>" + NUM + "))?"
                    + "(?<scale>(?: +(?:" + VietNumber.SCALE + "))*)"
                    + "(?<unit> *%| +(?:" + UnitLexicon.get().alternation() + ")(?![" + L + "0-9]))"
                    + "(?:/(?<per>[" + L + "]+)(?![" + L + "0-9]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that make the next number an ordinal or an identifier, e.g. {@code thứ} 14, {@code số} 5. */
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile(
            "(?<![" + L + "])(?:thứ|khóa|khoá|lộ|số|ngày|lớp|phiên)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code tổng số} before a number does count, e.g. tổng số 3.413 đối tượng. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?<![" + L + "])tổng +số$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A map scale, not a ratio: tỷ lệ 1/2000. */
    private static final Pattern MAP_SCALE_BEFORE = Pattern.compile(
            "(?:tỷ|tỉ) +lệ +$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code trở lên} after a value: từ 10 ha trở lên. */
    private static final Pattern OR_MORE = Pattern.compile(" +trở +lên(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A comparison verb right before a bare percentage, e.g. {@code tăng} 12%. */
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "(?<![" + L + "])(?<verb>tăng|giảm|bằng|đạt) +$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A multiple: gấp 1,5 lần. */
    private static final Pattern MULTIPLE = Pattern.compile(
            "(?<![" + L + "])gấp +(?<num>" + NUM + ") +lần(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean mentionsMultiple(String text) {
        return text.contains("gấp") || text.contains("Gấp") || text.contains("GẤP");
    }

    public List<Indicator> extract(ExtractionContext ctx) {
        String text = ctx.doc().text();
        List<Indicator> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        int consumed = 0;
        while (m.find()) {
            if (m.start() < consumed || excluded(text, m.start())) {
                continue;
            }
            Built built = build(ctx, text, m);
            if (built != null) {
                out.add(built.indicator());
                consumed = Math.max(m.end(), built.viewEnd());
            }
        }
        // a case-insensitive scan of every position costs more than the rest; most texts have no "gấp"
        Matcher g = MULTIPLE.matcher(mentionsMultiple(text) ? text : "");
        while (g.find()) {
            Span s = ctx.doc().span(g.start(), g.end());
            out.add(new Indicator(VietNumber.plain(VietNumber.parseDigits(g.group("num"))), "lần",
                    IndicatorKind.OTHER, null, null, null, null, null, null, s.start(), s.end(), s.text()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** An indicator and where it ends in the normalized view, its comparison included. */
    private record Built(Indicator indicator, int viewEnd) {
    }

    private static boolean excluded(String text, int start) {
        int from = Math.max(0, start - 12);
        String before = text.substring(from, start).stripTrailing();
        if (TOTAL_BEFORE.matcher(before).find()) {
            return false;
        }
        return NOT_A_COUNT_BEFORE.matcher(before).find();
    }

    private static Built build(ExtractionContext ctx, String text, Matcher m) {
        if (m.group("words") != null && m.group("words").equalsIgnoreCase("một")) {
            return null; // một alone is mostly the indefinite article: một người đàn ông
        }
        BigDecimal base = m.group("num") != null ? VietNumber.parseDigits(m.group("num"))
                : VietNumber.parseWords(m.group("words"));
        if (base == null) {
            return null;
        }
        String unitText = m.group("unit").trim();
        UnitLexicon.Unit unit = unitText.equals("%") ? new UnitLexicon.Unit("%", IndicatorKind.PERCENT)
                : UnitLexicon.get().lookup(unitText);
        if (unit == null) {
            return null;
        }
        if (m.group("per") != null && unit.kind() != IndicatorKind.MONEY) {
            // a rate, not an amount: 56 km/h, 5 tấn/ha (money per unit stays money: 20 triệu đồng/ha)
            unit = new UnitLexicon.Unit(unit.canonical() + "/" + m.group("per"), IndicatorKind.OTHER);
        }
        BigDecimal scale = VietNumber.scale(m.group("scale"));
        BigDecimal value = base.multiply(scale);
        BigDecimal from = null;
        if (m.group("from") != null) {
            from = VietNumber.parseDigits(m.group("from")).multiply(scale);
        } else if (m.group("to") != null) {
            if (VietNumber.parseDigits(m.group("to")).compareTo(base) <= 0 || m.group("to").startsWith("0")) {
                return null;
            }
            from = value;
            value = VietNumber.parseDigits(m.group("to")).multiply(scale);
        }
        BigDecimal total = m.group("total") == null ? null
                : VietNumber.plain(VietNumber.parseDigits(m.group("total")).multiply(scale));
        if (total != null && (value.compareTo(total) > 0
                || MAP_SCALE_BEFORE.matcher(text).region(Math.max(0, m.start() - 10), m.start()).find())) {
            return null;
        }
        int end = m.end();
        Matcher more = OR_MORE.matcher(text).region(end, Math.min(text.length(), end + 12));
        boolean orMore = more.lookingAt();
        if (orMore) {
            end = more.end();
        }
        QualifierReader.Cue cue = QualifierReader.read(text, m.start(), orMore);
        int start = cue.start();
        Relative rel = null;
        ComparisonReader.Comparison cmp = ComparisonReader.read(text, end);
        if (cmp != null) {
            rel = cmp.relative();
            end = cmp.end();
        } else if (unit.kind() == IndicatorKind.PERCENT) {
            Matcher v = VERB_BEFORE.matcher(text).region(Math.max(0, start - 8), start);
            v.useTransparentBounds(true);
            if (v.find()) {
                ComparisonReader.Comparison self = ComparisonReader.read(text, v.start());
                if (self != null && self.end() >= m.end()) {
                    rel = self.relative();
                    start = v.start();
                    end = Math.max(end, self.end());
                }
            }
        }
        Span s = ctx.doc().span(start, end);
        Qualifier qualifier = cue.qualifier() == null && orMore ? Qualifier.AT_LEAST : cue.qualifier();
        return new Built(new Indicator(VietNumber.plain(value), unit.canonical(), unit.kind(), qualifier,
                cue.estimated() ? Boolean.TRUE : null, total, from == null ? null : VietNumber.plain(from), rel,
                unit.kind() == IndicatorKind.COUNT ? null : SubjectReader.read(text, start), s.start(), s.end(), s.text()), end);
    }
}
