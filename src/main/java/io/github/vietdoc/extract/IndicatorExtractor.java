package io.github.vietdoc.extract;

import io.github.vietdoc.model.Indicator;
import io.github.vietdoc.model.IndicatorKind;
import io.github.vietdoc.model.Qualifier;
import io.github.vietdoc.model.Relative;
import io.github.vietdoc.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
    private static final Pattern SLASH = Pattern.compile(" */ *");

    /**
     * A quantity, e.g. {@code 37 lên 41,3%}, {@code 223/224 trường hợp}, {@code 10-15%},
     * {@code 2.450.000 triệu đồng/ha}, {@code năm mươi tám hộ}.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![" + L + "0-9/.,\\-–])"
                    + "(?:(?<from>" + NUM + ") +(?:lên|xuống) +)?"
                    + "(?:(?<num>" + NUM + ")|(?<words>" + VietNumber.WORDS + "))"
                    + "(?: */ *(?<total>" + NUM + ")(?![0-9/])"
                    + "|(?: *%(?= *(?:[-–]| +đến +) *(?:" + NUM + ") *%))?(?: *[-–] *| +đến +)(?<to>" + NUM + "))?"
                    + "(?<scale>(?: +(?:" + VietNumber.SCALE + "))*)"
                    + UnitLexicon.get().unitRegex() + UnitLexicon.get().perRegex() + "?",
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
        m.useTransparentBounds(true);
        // the pattern is tried only where a number starts: trying it at every position costs most of the time
        for (int at = nextNumberStart(text, 0); at >= 0; ) {
            m.region(at, text.length());
            Built built = NotAQuantity.identifierOrDate(text, at) || NotAQuantity.inSlogan(text, at) ? null
                    : m.lookingAt() ? build(ctx, text, m) : unlistedCount(ctx, text, at);
            // a rejected match may hide a quantity that starts inside it: năm 2019 dự án có 12 hộ
            int next = built == null ? at + 1 : built.viewEnd();
            if (built != null) {
                out.add(built.indicator());
            }
            at = nextNumberStart(text, next);
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

    /** First letters of the number words ({@code hai}, {@code Năm}, {@code mười}), to skip other words fast. */
    private static final String NUMBER_WORD_INITIALS = "mhbnstcMHBNSTC";

    /** Where the next digit or number word at the start of a token is, from {@code from}; -1 for none. */
    static int nextNumberStart(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && NUMBER_WORD_INITIALS.indexOf(c) < 0
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue; // not at the start of a token that can be a number
            }
            if (digit || startsNumberWord(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsNumberWord(String text, int i) {
        int end = i;
        while (end < text.length() && end - i <= VietNumber.LONGEST_WORD && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - i <= VietNumber.LONGEST_WORD
                && VietNumber.WORD_SET.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /** A count of a noun outside the lexicon, read only after a bound: tối thiểu 200 áo phao. */
    private static Built unlistedCount(ExtractionContext ctx, String text, int at) {
        if (!Character.isDigit(text.charAt(at))) {
            return null;
        }
        UnlistedCount.Count count = UnlistedCount.read(text, at);
        if (count == null) {
            return null;
        }
        QualifierReader.Cue cue = QualifierReader.read(text, at, false);
        if (cue.qualifier() == null) {
            return null;
        }
        Span s = ctx.doc().span(cue.start(), count.end());
        boolean estimated = cue.estimated() || EstimateCue.before(text, cue.start());
        return new Built(new Indicator(VietNumber.plain(count.value()), count.noun(), IndicatorKind.COUNT,
                cue.qualifier(), estimated ? Boolean.TRUE : null, null, null, null, null,
                s.start(), s.end(), s.text()), count.end());
    }

    /** An indicator and where it ends in the normalized view, its comparison included. */
    private record Built(Indicator indicator, int viewEnd) {
    }

    private static Built build(ExtractionContext ctx, String text, Matcher m) {
        String words = m.group("words");
        if (words != null && !NotAQuantity.wordsAreANumber(text, m.start(), words, m.group("scale").isBlank())) {
            return null;
        }
        BigDecimal base = words == null ? VietNumber.parseDigits(m.group("num")) : VietNumber.parseWords(words);
        String unitText = m.group("unit").trim();
        UnitLexicon.Unit unit = UnitLexicon.get().forText(unitText);
        if (base == null || unit == null || NotAQuantity.lookalike(text, m.end("unit"), unitText)) {
            return null;
        }
        if (unit.kind() == IndicatorKind.COUNT && Stream.of(m.group("num"), m.group("to"), m.group("total"),
                m.group("from")).anyMatch(NotAQuantity::isYear)) {
            return null; // 2017 người is the year: năm 2017 người dân, 2016-2020 tổ chức
        }
        if (words != null && (!m.group("unit").startsWith(" ")
                || unit.kind() == IndicatorKind.COUNT
                && !NotAQuantity.wordsCountThis(text, unitText, m.end("unit"), unit.canonical()))) {
            return null; // only digits touch their unit (200m2, not haim)
        }
        if (m.group("per") != null && unit.kind() != IndicatorKind.MONEY && unit.kind() != IndicatorKind.PERCENT) {
            // a rate, not an amount: 56 km/h, 5 tấn/ha; money and shares per unit stay what they are
            // (20 triệu đồng/ha, 7%/năm)
            StringBuilder rate = new StringBuilder(unit.canonical());
            for (String w : SLASH.split(m.group("per").strip())) {
                if (!w.isEmpty()) {
                    rate.append('/').append(UnitLexicon.get().rateDenominator(w));
                }
            }
            unit = new UnitLexicon.Unit(rate.toString(), IndicatorKind.OTHER);
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
        int end = m.end();
        BoundReader.Bound again = total == null && unit.kind() == IndicatorKind.COUNT
                ? BoundReader.repeatedTotal(text, end, unit) : null;
        if (again != null) {
            total = VietNumber.plain(again.number());
            end = again.end();
        }
        BoundReader.Bound other = total == null && from == null
                ? BoundReader.secondBound(text, m.start(), end, value, unit, m.group("per")) : null;
        if (other != null) {
            from = value; // từ 5 triệu đồng đến 50 triệu đồng, tăng từ 5 tỷ đồng lên 7 tỷ đồng
            value = other.number();
            end = other.end();
        }
        if (total != null && (value.compareTo(total) > 0 || NotAQuantity.mapScale(text, m.start()))) {
            return null;
        }
        int moreEnd = BoundReader.orMoreEnd(text, m.start(), end);
        boolean orMore = moreEnd >= 0;
        if (orMore) {
            end = moreEnd;
        }
        QualifierReader.Cue cue = QualifierReader.read(text, m.start(), orMore);
        int start = cue.start();
        Relative rel = null;
        ComparisonReader.Comparison cmp = ComparisonReader.read(text, end);
        if (cmp != null) {
            rel = cmp.relative();
            end = cmp.end();
            // a second comparison of the same value: đạt 68,2% dự toán, tăng 6,18% so với cùng kỳ
            ComparisonReader.Comparison next = ComparisonReader.read(text, end);
            if (next != null && (rel.percent() == null) != (next.relative().percent() == null)) {
                rel = new Relative(rel.percent() != null ? rel.percent() : next.relative().percent(),
                        rel.changePercent() != null ? rel.changePercent() : next.relative().changePercent(),
                        rel.baseline() != null ? rel.baseline() : next.relative().baseline());
                end = next.end();
            }
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
        BoundReader.Bound since = from == null && rel == null ? BoundReader.startSaidAfter(text, end, unit) : null;
        if (since != null) {
            from = since.number();
            end = since.end();
        }
        Span s = ctx.doc().span(start, end);
        Qualifier qualifier = cue.qualifier() == null && orMore ? Qualifier.AT_LEAST : cue.qualifier();
        boolean estimated = cue.estimated() || EstimateCue.before(text, start);
        return new Built(new Indicator(VietNumber.plain(value), unit.canonical(), unit.kind(), qualifier,
                estimated ? Boolean.TRUE : null, total, from == null ? null : VietNumber.plain(from), rel,
                unit.kind() == IndicatorKind.COUNT ? null : SubjectReader.read(text, start, unit.kind()), s.start(), s.end(), s.text()), end);
    }
}
