package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.Indicator;
import io.github.vietdoc.model.IndicatorKind;
import io.github.vietdoc.model.Qualifier;
import io.github.vietdoc.model.Relative;
import io.github.vietdoc.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** A word after the slash of a rate: a known denominator (ngày đêm) or any single word (km/giờ). */
    private static final String RATE_WORD = "ngày +đêm|" + UnitLexicon.get().measureAlternation() + "|[" + L + "]+";

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
                    + "(?<unit> *%| +" + UnitLexicon.get().alternation() + "(?![" + L + "0-9])"
                    + "|" + UnitLexicon.get().measureAlternation() + "(?![" + L + "0-9]))"
                    + "(?<per>(?: */ *(?:" + RATE_WORD + ")(?![" + L + "0-9]))+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The same count written again after a slash: 144.748 xe / 459.438 xe. */
    private static final Pattern REPEATED_TOTAL = Pattern.compile(
            " */ *(?<total>" + NUM + ") +(?<unit>" + UnitLexicon.get().countAlternation() + ")(?![" + L + "0-9])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SLASH = Pattern.compile(" */ *");
    private static final Pattern SPACES = Pattern.compile(" +");

    /** Where a value came from, said after it: 64,7%, tăng từ 38,2% năm 2023. */
    private static final Pattern FROM_AFTER = Pattern.compile(
            " *, *(?:tăng|giảm) +từ +(?<num>" + NUM + ")(?<scale>(?: +(?:" + VietNumber.SCALE + "))*)"
                    + "(?<unit> *%| +" + UnitLexicon.get().alternation() + "(?![" + L + "0-9]))"
                    + "(?: +(?:\\(|(?:vào +)?(?:cuối +|đầu +)?năm +)(?:19|20)[0-9]{2}\\)?(?![0-9]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The other end of a range or a change written with its unit again: 5 triệu đồng đến 50 triệu đồng,
     * từ 3.200 ha năm 2020 lên 4.150 ha, từ 4,12% xuống còn 2,87%.
     */
    private static final Pattern SECOND_BOUND = Pattern.compile(
            "(?<when> +(?:\\(|(?:vào +)?(?:cuối +|đầu +)?năm +)(?:19|20)[0-9]{2}\\)?)?"
                    + "(?: *[-–] *| +(?:đến|tới) +| +(?<change>(?:lên|xuống)(?: +(?:còn|mức|đến|tới))?|còn) +)"
                    + "(?:(?<num>" + NUM + ")|(?<words>" + VietNumber.WORDS + "))"
                    + "(?<scale>(?: +(?:" + VietNumber.SCALE + "))*)"
                    + "(?<unit> *%| +" + UnitLexicon.get().alternation() + "(?![" + L + "0-9])"
                    + "|" + UnitLexicon.get().measureAlternation() + "(?![" + L + "0-9]))"
                    + "(?<per>(?: */ *(?:" + RATE_WORD + ")(?![" + L + "0-9]))+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The word after a unit, to tell {@code 2015 đồng thời} from {@code 2015 đồng}. */
    private static final Pattern NEXT_WORD = Pattern.compile(" +(?<word>[" + L + "]+)");

    /** Compound words that begin with a unit or a counted noun, e.g. đồng thời, bản lề ({@code unit-lookalikes.tsv}). */
    private static final Set<String> LOOKALIKES = Lexicon.named("unit-lookalikes").terms().stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /**
     * Words that make the next number an ordinal or an identifier, e.g. {@code thứ} 14, {@code số} 5,
     * {@code quận} 9, {@code vòng} 2, {@code khoản} 3, {@code tổ} 5 khu phố 2, {@code Á hậu} 1.
     */
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile(
            "(?<![" + L + "])(?:thứ|khóa|khoá|lộ|số|ngày|lớp|phiên|vòng|hạng|quận|phường|điều|khoản|mục|chương|tầng"
                    + "|phòng|lô|tổ|khu|phố|ấp|thôn|xóm|khóm|đội|bản|buôn|hẻm|ngõ|ngách|kiệt|hậu|top|tập|mùa|giải|bảng)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code tổng số} before a number does count, e.g. tổng số 3.413 đối tượng. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?<![" + L + "])tổng +số$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A year written where a count could stand: năm 2019 dự án, 2016-2020 tổ chức. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");

    /** A month or a year named before its number: tháng 7/2019, năm 2017 (but hằng tháng 1.500.000 đồng). */
    private static final Pattern MONTH_OR_YEAR = Pattern.compile(
            "(?<![" + L + "])(?:tháng +(?:0?[1-9]|1[0-2])(?![0-9.,])|năm +(?:19|20)[0-9]{2}(?![0-9.,]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words before {@code năm} that make it the year, not five: hằng năm tổ chức, 15 năm lao động. */
    private static final Pattern YEAR_WORD_BEFORE = Pattern.compile(
            "(?:[0-9]|(?<![" + L + "])(?:mỗi|hàng|hằng|những|các|từ|trong|cuối|đầu|giữa|sang|qua|nhiều|vài|cả"
                    + "|vào|là|đến|tới|sau|trước))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A number right after a counted noun: lớp 9, tổ 3. */
    private static final Pattern NUMBER_AFTER = Pattern.compile(" +[0-9]");

    /**
     * Words before a number word that make it vague or relational, not a statistic: vài ba người,
     * cả hai bên, giữa hai nước.
     */
    private static final Pattern SOME_BEFORE = Pattern.compile("(?<![" + L + "])(?:vài|cả|giữa)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A number before a number word makes the word a unit: 15 năm, 2 ba. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("[0-9]$");

    /** A map scale, not a ratio: tỷ lệ 1/2000. */
    private static final Pattern MAP_SCALE_BEFORE = Pattern.compile(
            "(?:tỷ|tỉ) +lệ +$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code trở lên} after a value: từ 10 ha trở lên. */
    private static final Pattern OR_MORE = Pattern.compile(" +trở +lên(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** After {@code từ} the bound may follow the noun: từ 50 con trâu, bò trở lên. */
    private static final Pattern OR_MORE_AFTER_NOUNS = Pattern.compile(
            "(?:,? +[" + L + "]+){0,4} +trở +lên(?![" + L + "])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code từ} right before a number: từ 50 con trở lên, giảm từ 4,12% xuống còn 2,87%. */
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?<![" + L + "])từ +$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
            Built built = excluded(text, at) ? null : m.lookingAt() ? build(ctx, text, m) : unlistedCount(ctx, text, at);
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

    private static boolean excluded(String text, int start) {
        Matcher date = MONTH_OR_YEAR.matcher(text).region(Math.max(0, start - 8), Math.min(text.length(), start + 4));
        date.useTransparentBounds(true);
        while (date.find()) {
            if (date.end() > start) {
                return true;
            }
        }
        int from = Math.max(0, start - 12);
        String before = text.substring(from, start).stripTrailing();
        if (TOTAL_BEFORE.matcher(before).find()) {
            return false;
        }
        return NOT_A_COUNT_BEFORE.matcher(before).find();
    }

    /**
     * Whether the number words are a number here: {@code một} alone is mostly the article (một người đàn ông),
     * and {@code năm} is mostly the year (hằng năm tổ chức, 15 năm lao động).
     */
    private static boolean wordsAreANumber(String text, int start, String words, boolean noScale) {
        String first = words.strip().toLowerCase(Locale.ROOT);
        if (first.equals("một") && noScale) {
            return false; // but một nghìn lượt người is a thousand
        }
        String before = text.substring(Math.max(0, start - 12), start).stripTrailing();
        if (NUMBER_BEFORE.matcher(before).find() || SOME_BEFORE.matcher(before).find()) {
            return false; // 15 năm is fifteen years; vài ba khách is "a few guests"; cả hai is "both"
        }
        return !first.startsWith("năm") || !YEAR_WORD_BEFORE.matcher(before).find();
    }

    /**
     * Whether a count is one: after number words the counted noun is in lower case (Năm Đoàn kết is a name;
     * after digits a capital is usual: 126 Tổ công nghệ số),
     * and a bare year is no count (2017 người này, 2016-2020 tổ chức).
     */
    private static boolean countIsPlausible(Matcher m, String unitText) {
        if (m.group("words") != null && Character.isUpperCase(unitText.codePointAt(0))) {
            return false;
        }
        for (String g : new String[] {m.group("num"), m.group("to"), m.group("total"), m.group("from")}) {
            if (g != null && YEAR.matcher(g).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The unit of a matched unit text: % or a lexicon term. */
    private static UnitLexicon.Unit unitOf(String matched) {
        String t = matched.strip();
        return t.equals("%") ? new UnitLexicon.Unit("%", IndicatorKind.PERCENT) : UnitLexicon.get().lookup(t);
    }

    /** Whether two rate denominators are the same: {@code / hộ / tháng} and {@code /hộ/tháng}; both absent counts. */
    private static boolean samePer(String a, String b) {
        return a == null ? b == null : b != null && SPACES.matcher(SLASH.matcher(a.strip()).replaceAll("/")).replaceAll(" ")
                .equalsIgnoreCase(SPACES.matcher(SLASH.matcher(b.strip()).replaceAll("/")).replaceAll(" "));
    }

    /** Whether the unit and the next word are one other word: 2015 đồng thời, năm bản lề. */
    private static boolean isLookalike(String text, int unitEnd, String unitText) {
        Matcher next = NEXT_WORD.matcher(text).region(unitEnd, Math.min(text.length(), unitEnd + 20));
        return next.lookingAt() && LOOKALIKES.contains(
                (unitText + " " + next.group("word")).toLowerCase(Locale.ROOT).replaceAll(" +", " "));
    }

    private static Built build(ExtractionContext ctx, String text, Matcher m) {
        String words = m.group("words");
        if (words != null && !wordsAreANumber(text, m.start(), words, m.group("scale").isBlank())) {
            return null;
        }
        BigDecimal base = m.group("num") != null ? VietNumber.parseDigits(m.group("num"))
                : VietNumber.parseWords(m.group("words"));
        if (base == null) {
            return null;
        }
        String unitText = m.group("unit").trim();
        UnitLexicon.Unit unit = unitOf(unitText);
        if (unit == null || unit.kind() == IndicatorKind.COUNT && !countIsPlausible(m, unitText)) {
            return null;
        }
        if (isLookalike(text, m.end("unit"), unitText)) {
            return null;
        }
        if (words != null && unit.canonical().equals("nước")) {
            return null; // hai nước is "both countries" in diplomatic news; a report counts quốc gia in digits
        }
        if (words != null && NUMBER_AFTER.matcher(text).region(m.end("unit"), text.length()).lookingAt()) {
            return null; // năm lớp 9: the noun names a grade, a team or a plot, not what is counted
        }
        if (words != null && !m.group("unit").startsWith(" ")) {
            return null; // haim is no number: only digits touch their unit (200m2)
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
        if (total == null && unit.kind() == IndicatorKind.COUNT) {
            Matcher again = REPEATED_TOTAL.matcher(text).region(end, Math.min(text.length(), end + 60));
            if (again.lookingAt() && unit.equals(UnitLexicon.get().lookup(again.group("unit")))) {
                total = VietNumber.plain(VietNumber.parseDigits(again.group("total")));
                end = again.end();
            }
        }
        if (total == null && from == null) {
            Matcher second = SECOND_BOUND.matcher(text).region(end, Math.min(text.length(), end + 60));
            if (second.lookingAt() && second.group("words") == null) {
                UnitLexicon.Unit u2 = unitOf(second.group("unit"));
                BigDecimal bound = VietNumber.parseDigits(second.group("num")).multiply(VietNumber.scale(second.group("scale")));
                String change = second.group("change");
                boolean fromBefore = FROM_BEFORE.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find();
                boolean ok = change == null ? second.group("when") == null && bound.compareTo(value) > 0
                        : !change.equalsIgnoreCase("còn") || fromBefore;
                if (unit.equals(u2) && ok && samePer(m.group("per"), second.group("per"))) {
                    from = value; // từ 5 triệu đồng đến 50 triệu đồng, tăng từ 5 tỷ đồng lên 7 tỷ đồng
                    value = bound;
                    end = second.end();
                }
            }
        }
        if (total != null && (value.compareTo(total) > 0
                || MAP_SCALE_BEFORE.matcher(text).region(Math.max(0, m.start() - 10), m.start()).find())) {
            return null;
        }
        Matcher more = (FROM_BEFORE.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()
                ? OR_MORE_AFTER_NOUNS : OR_MORE).matcher(text).region(end, Math.min(text.length(), end + 40));
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
        if (from == null && rel == null) {
            Matcher since = FROM_AFTER.matcher(text).region(end, Math.min(text.length(), end + 50));
            if (since.lookingAt() && unit.equals(unitOf(since.group("unit")))) {
                from = VietNumber.parseDigits(since.group("num")).multiply(VietNumber.scale(since.group("scale")));
                end = since.end();
            }
        }
        Span s = ctx.doc().span(start, end);
        Qualifier qualifier = cue.qualifier() == null && orMore ? Qualifier.AT_LEAST : cue.qualifier();
        boolean estimated = cue.estimated() || EstimateCue.before(text, start);
        return new Built(new Indicator(VietNumber.plain(value), unit.canonical(), unit.kind(), qualifier,
                estimated ? Boolean.TRUE : null, total, from == null ? null : VietNumber.plain(from), rel,
                unit.kind() == IndicatorKind.COUNT ? null : SubjectReader.read(text, start, unit.kind()), s.start(), s.end(), s.text()), end);
    }
}
