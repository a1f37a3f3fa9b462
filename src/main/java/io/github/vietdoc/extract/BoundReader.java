package io.github.vietdoc.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows a value and changes its bounds: the total written again after a slash
 * ({@code 144.748 xe / 459.438 xe}), the other end of a range or a change that repeats the unit
 * ({@code từ 5 triệu đồng đến 50 triệu đồng}, {@code từ 3.200 ha năm 2020 lên 4.150 ha}), a start value said
 * afterwards ({@code 64,7%, tăng từ 38,2% năm 2023}) and {@code trở lên}.
 */
final class BoundReader {
    /** A second number: the total, the other end, or where the value started; and where the reading ends. */
    record Bound(BigDecimal number, int end) {
    }

    private static final String L = Letters.CLASS;
    private static final String NUM = VietNumber.DIGITS;
    private static final String SCALE = "(?<scale>(?: +(?:" + VietNumber.SCALE + "))*)";
    private static final String UNIT = UnitLexicon.get().unitRegex();
    /** A year after a value, e.g. {@code năm 2020}, {@code (2020)}, {@code (năm 2021)}, {@code cuối năm 2023}. */
    private static final String WHEN = " +(?:\\((?:năm +)?|(?:vào +)?(?:cuối +|đầu +)?năm +)(?:19|20)[0-9]{2}\\)?(?![0-9])";

    /** The same count written again after a slash: 144.748 xe / 459.438 xe. */
    private static final Pattern REPEATED_TOTAL = Pattern.compile(
            " */ *(?<total>" + NUM + ") +(?<unit>" + UnitLexicon.get().countAlternation() + ")(?![" + L + "0-9])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The other end of a range or a change written with its unit again: 5 triệu đồng đến 50 triệu đồng,
     * từ 3.200 ha năm 2020 lên 4.150 ha, từ 4,12% xuống còn 2,87%, 40.000 đồng/hộ lên 70.000 đồng/hộ.
     */
    private static final Pattern SECOND_BOUND = Pattern.compile(
            "(?<when>" + WHEN + ")?"
                    + "(?: *[-–] *| +(?:đến|tới) +| +(?<change>(?:lên|xuống)(?: +(?:còn|mức|đến|tới))?|còn) +)"
                    + "(?<num>" + NUM + ")" + SCALE + UNIT
                    + UnitLexicon.get().perRegex() + "?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a value came from, said after it: 64,7%, tăng từ 38,2% năm 2023. */
    private static final Pattern FROM_AFTER = Pattern.compile(
            " *, *(?:tăng|giảm) +từ +(?<num>" + NUM + ")" + SCALE + UNIT + "(?:" + WHEN + ")?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code trở lên} after a value: từ 10 ha trở lên. */
    private static final Pattern OR_MORE = Pattern.compile(" +trở +lên(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** After {@code từ} the bound may follow the noun: từ 50 con trâu, bò trở lên. */
    private static final Pattern OR_MORE_AFTER_NOUNS = Pattern.compile(
            "(?:,? +[" + L + "]+){0,4} +trở +lên(?![" + L + "])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code từ} right before a number: từ 50 con trở lên, giảm từ 4,12% xuống còn 2,87%. */
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?<![" + L + "])từ +$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SLASH = Pattern.compile(" */ *");
    private static final Pattern SPACES = Pattern.compile(" +");

    private BoundReader() {
    }

    /** The total of a count written again after a slash at {@code end}, or null. */
    static Bound repeatedTotal(String text, int end, UnitLexicon.Unit unit) {
        Matcher again = REPEATED_TOTAL.matcher(text).region(end, Math.min(text.length(), end + 60));
        if (again.lookingAt() && unit.equals(UnitLexicon.get().lookup(again.group("unit")))) {
            return new Bound(VietNumber.parseDigits(again.group("total")), again.end());
        }
        return null;
    }

    /**
     * The other end of a range or a change after the value that starts at {@code start} and ends at {@code end},
     * or null. A range must grow (5 đến 50); a bare {@code còn} is a change only after {@code từ}.
     */
    static Bound secondBound(String text, int start, int end, BigDecimal value, UnitLexicon.Unit unit, String per) {
        Matcher second = SECOND_BOUND.matcher(text).region(end, Math.min(text.length(), end + 60));
        if (!second.lookingAt()) {
            return null;
        }
        BigDecimal bound = VietNumber.parseDigits(second.group("num")).multiply(VietNumber.scale(second.group("scale")));
        String change = second.group("change");
        boolean ok = change == null ? second.group("when") == null && bound.compareTo(value) > 0
                : !change.equalsIgnoreCase("còn") || startsAfterFrom(text, start);
        if (ok && unit.equals(UnitLexicon.get().forText(second.group("unit"))) && samePer(per, second.group("per"))) {
            return new Bound(bound, second.end());
        }
        return null;
    }

    /** A start value said after the value: {@code , tăng từ 38,2% năm 2023}, or null. */
    static Bound startSaidAfter(String text, int end, UnitLexicon.Unit unit) {
        Matcher since = FROM_AFTER.matcher(text).region(end, Math.min(text.length(), end + 50));
        if (since.lookingAt() && unit.equals(UnitLexicon.get().forText(since.group("unit")))) {
            return new Bound(VietNumber.parseDigits(since.group("num")).multiply(VietNumber.scale(since.group("scale"))),
                    since.end());
        }
        return null;
    }

    /** Where {@code trở lên} after the value ends, or -1; after {@code từ} it may follow the nouns. */
    static int orMoreEnd(String text, int start, int end) {
        Matcher more = (startsAfterFrom(text, start) ? OR_MORE_AFTER_NOUNS : OR_MORE).matcher(text)
                .region(end, Math.min(text.length(), end + 40));
        return more.lookingAt() ? more.end() : -1;
    }

    private static boolean startsAfterFrom(String text, int start) {
        return FROM_BEFORE.matcher(text).region(Math.max(0, start - 6), start).find();
    }

    /** Whether two rate denominators are the same: {@code / hộ / tháng} and {@code /hộ/tháng}; both absent counts. */
    private static boolean samePer(String a, String b) {
        return a == null ? b == null : b != null && canonicalPer(a).equalsIgnoreCase(canonicalPer(b));
    }

    private static String canonicalPer(String per) {
        return SPACES.matcher(SLASH.matcher(per.strip()).replaceAll("/")).replaceAll(" ");
    }
}
