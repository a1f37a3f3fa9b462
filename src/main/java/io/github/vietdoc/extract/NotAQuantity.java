package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules that tell a number before a unit or a noun that is no quantity: an identifier
 * ({@code quận 9}, {@code tổ 5 khu phố 2}), a date or a year ({@code tháng 7/2019 vụ án}, {@code năm 2017 người
 * dân}), a number word used as a determiner ({@code hằng năm tổ chức}, {@code cả hai}), or a word that only
 * looks like a unit ({@code 2015 đồng thời}).
 */
final class NotAQuantity {
    private static final String L = Letters.CLASS;

    /**
     * Words that make the next number an ordinal or an identifier, e.g. {@code thứ} 14, {@code số} 5,
     * {@code quận} 9, {@code vòng} 2, {@code khoản} 3, {@code tổ} 5 khu phố 2, {@code Á hậu} 1.
     */
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile(
            "(?<![" + L + "])(?:thứ|khóa|khoá|lộ|số|ngày|lớp|phiên|vòng|hạng|quận|phường|điều|khoản|mục|chương|tầng"
                    + "|phòng|lô|tổ|khu|phố|ấp|thôn|xóm|khóm|đội|bản|buôn|hẻm|ngõ|ngách|kiệt|hậu|top|tập|mùa|giải|bảng)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code tổng số} before a number does count, e.g. tổng số 3.413 đối tượng. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?<![" + L + "])tổng +số$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A percent sign after a number. */
    private static final Pattern PERCENT_AFTER = Pattern.compile("[0-9.,]+ *%");

    /** A slogan in quotes is short: “3 trước, 4 tại chỗ”, “3 ca, 4 kíp”. */
    private static final int SLOGAN_CHARS = 40;

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

    /**
     * Words before a number word that make it vague or relational, not a statistic: vài ba người,
     * cả hai bên, giữa hai nước; and a number before it, which makes the word a unit: 15 năm.
     */
    private static final Pattern VAGUE_BEFORE = Pattern.compile("(?:[0-9]|(?<![" + L + "])(?:vài|cả|giữa))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A number right after a counted noun: lớp 9, tổ 3. */
    private static final Pattern NUMBER_AFTER = Pattern.compile(" +[0-9]");

    /** A map scale, not a ratio: tỷ lệ 1/2000. */
    private static final Pattern MAP_SCALE_BEFORE = Pattern.compile(
            "(?:tỷ|tỉ) +lệ +$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SPACES = Pattern.compile(" +");

    /** The word after a unit, to tell {@code 2015 đồng thời} from {@code 2015 đồng}. */
    private static final Pattern NEXT_WORD = Pattern.compile(" +(?<word>[" + L + "]+)");

    /** Compound words that begin with a unit or a counted noun, e.g. đồng thời, bản lề ({@code unit-lookalikes.tsv}). */
    private static final Set<String> LOOKALIKES = Lexicon.named("unit-lookalikes").terms().stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private NotAQuantity() {
    }

    /** Whether the number at {@code start} is an identifier or part of a date: quận 9, tháng 7/2019, năm 2017. */
    static boolean identifierOrDate(String text, int start) {
        Matcher date = MONTH_OR_YEAR.matcher(text).region(Math.max(0, start - 8), Math.min(text.length(), start + 4));
        date.useTransparentBounds(true);
        while (date.find()) {
            if (date.end() > start) {
                return true;
            }
        }
        String before = text.substring(Math.max(0, start - 12), start).stripTrailing();
        if (TOTAL_BEFORE.matcher(before).find() || PERCENT_AFTER.matcher(text).region(start, text.length()).lookingAt()) {
            return false; // no identifier ends in %: ký số 100% văn bản, chuyển đổi số 80%
        }
        return IDENTIFIER_BEFORE.matcher(before).find();
    }

    /** Whether the number at {@code start} stands in a short quoted slogan: “3 ca, 4 kíp”, "5 không, 3 sạch". */
    static boolean inSlogan(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int open = -1;
        int straight = 0;
        for (int i = lineStart; i < start; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = i;
            } else if (c == '”') {
                open = -1;
            } else if (c == '"') {
                open = ++straight % 2 == 1 ? i : -1;
            }
        }
        if (open < 0 || start - open > SLOGAN_CHARS) {
            return false;
        }
        int close = text.indexOf(text.charAt(open) == '“' ? '”' : '"', start);
        int lineEnd = text.indexOf('\n', start);
        return close > 0 && close - open <= SLOGAN_CHARS && (lineEnd < 0 || close < lineEnd);
    }

    /**
     * Whether the number words at {@code start} are a number here: {@code một} alone is mostly the article
     * (một người đàn ông) unless a scale follows (một nghìn), and {@code năm} is mostly the year
     * (hằng năm tổ chức, 15 năm lao động).
     */
    static boolean wordsAreANumber(String text, int start, String words, boolean noScale) {
        String first = words.strip().toLowerCase(Locale.ROOT);
        if (first.equals("một") && noScale) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 12), start).stripTrailing();
        if (VAGUE_BEFORE.matcher(before).find()) {
            return false;
        }
        return !first.startsWith("năm") || !YEAR_WORD_BEFORE.matcher(before).find();
    }

    /**
     * Whether what number words count is a count: not a capitalized name (Năm Đoàn kết), not countries in a
     * relation (hai nước), not a noun that names a grade or a team by the number after it (năm lớp 9).
     */
    static boolean wordsCountThis(String text, String unitText, int unitEnd, String canonical) {
        return !Character.isUpperCase(unitText.codePointAt(0)) && !canonical.equals("nước")
                && !NUMBER_AFTER.matcher(text).region(unitEnd, text.length()).lookingAt();
    }

    /** Whether a number is written like a year: a count of 2017 người is the year 2017 (năm 2017 người dân). */
    static boolean isYear(String digits) {
        return digits != null && YEAR.matcher(digits).matches();
    }

    /** Whether a ratio at {@code start} is the scale of a map: tỷ lệ 1/2000. */
    static boolean mapScale(String text, int start) {
        return MAP_SCALE_BEFORE.matcher(text).region(Math.max(0, start - 10), start).find();
    }

    /** Whether the unit and the next word are one other word: 2015 đồng thời, năm bản lề. */
    static boolean lookalike(String text, int unitEnd, String unitText) {
        Matcher next = NEXT_WORD.matcher(text).region(unitEnd, Math.min(text.length(), unitEnd + 20));
        return next.lookingAt() && LOOKALIKES.contains(
                SPACES.matcher(unitText + " " + next.group("word")).replaceAll(" ").toLowerCase(Locale.ROOT));
    }
}
