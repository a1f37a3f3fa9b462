package io.github.vietdoc.extract;

import io.github.vietdoc.model.IndicatorKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a value measures from the clause before it, best effort: {@code sản lượng vải thiều} in
 * {@code sản lượng vải thiều ước đạt 120 nghìn tấn}, {@code thu ngân sách nhà nước trên địa bàn}.
 */
final class SubjectReader {
    private static final String L = Letters.CLASS;

    /** A measured quantity and its complement up to the verb, e.g. {@code Tổng diện tích gieo trồng đạt }. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<![" + L + "])(?:tổng +)?(?<head>sản +lượng|diện +tích|giá +trị|thu +ngân +sách|tỷ +lệ|tỉ +lệ"
                    + "|kinh +phí|vốn|doanh +thu|năng +suất|độ +che +phủ|trồng +rừng|số +lượng)"
                    + "(?<rest>(?: +[" + L + "]+){0,8}?)"
                    + "(?: +(?:trong +tháng|trong +năm|năm +nay))?"
                    + "(?: +(?:ước +đạt|ước +tính|ước|dự +kiến|đạt|là|có|mới +đạt|giảm +còn|tăng +lên|còn|duy +trì"
                    + "|khoảng|gần|hơn|trên|với|từ|chỉ|lên +đến|lên +tới|lên|xuống|đến|tới|và|cũng|chiếm|vào|mới"
                    + "|giảm|tăng|bằng|ở +mức|mức|đã|hiện|lần +lượt|sẽ|đang|được|bị)){0,3} *$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a clause ends, looking back: a stop, a semicolon, a colon, a bracket or a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:()\\n,]");

    private static final Pattern SPACES = Pattern.compile(" +");

    private SubjectReader() {
    }

    /**
     * The kinds of value each head can measure: {@code vốn} is money (vốn nặng 61 kg is "originally weighs"),
     * {@code diện tích} an area; any head may carry a percentage (diện tích giảm 5%).
     */
    private static final Map<String, Set<IndicatorKind>> KINDS = Map.of(
            "sản lượng", EnumSet.of(IndicatorKind.MASS, IndicatorKind.VOLUME, IndicatorKind.COUNT, IndicatorKind.OTHER),
            "diện tích", EnumSet.of(IndicatorKind.AREA),
            "trồng rừng", EnumSet.of(IndicatorKind.AREA),
            "năng suất", EnumSet.of(IndicatorKind.MASS, IndicatorKind.OTHER),
            "tỷ lệ", EnumSet.of(IndicatorKind.OTHER),
            "tỉ lệ", EnumSet.of(IndicatorKind.OTHER),
            "độ che phủ", EnumSet.noneOf(IndicatorKind.class));

    /** Heads that measure money unless listed in {@link #KINDS}: giá trị, kinh phí, doanh thu, thu ngân sách, vốn. */
    private static final Set<IndicatorKind> MONEY = EnumSet.of(IndicatorKind.MONEY);

    /**
     * The subject of a value of {@code kind} whose cue starts at {@code start}, normalized to lower case,
     * or null when the clause names none that fits the kind.
     */
    static String read(String text, int start, IndicatorKind kind) {
        int from = Math.max(0, start - 90);
        Matcher end = CLAUSE_END.matcher(text).region(from, start);
        int clause = from;
        while (end.find()) {
            clause = end.end();
        }
        Matcher m = SUBJECT.matcher(text).region(clause, start);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return null;
        }
        String head = SPACES.matcher(m.group("head")).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (head.equals("số lượng") ? false
                : kind != IndicatorKind.PERCENT && !KINDS.getOrDefault(head, MONEY).contains(kind)) {
            return null;
        }
        String subject = m.group("head") + m.group("rest");
        return SPACES.matcher(subject.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
