package io.github.vietdoc.extract;

import java.util.Locale;
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
                    + "|khoảng|gần|hơn|trên|với)){0,2} *$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a clause ends, looking back: a stop, a semicolon, a colon, a bracket or a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:()\\n,]");

    private static final Pattern SPACES = Pattern.compile(" +");

    private SubjectReader() {
    }

    /** The subject of the value whose cue starts at {@code start}, normalized to lower case, or null. */
    static String read(String text, int start) {
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
        String subject = m.group("head") + m.group("rest");
        return SPACES.matcher(subject.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
