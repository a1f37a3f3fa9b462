package io.github.vietdoc.extract;

import io.github.vietdoc.model.PartOfDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date phrase a meeting lead starts with, in every form local news writes it:
 * {@code Ngày 11/6}, {@code Ngày 8-6}, {@code Sáng ngày 7/3/2023}, {@code Chiều 14.5}, {@code Ngày 23 - 11},
 * {@code ngày 20 tháng 6 năm 2021}, {@code sáng nay 15/7}, {@code trong hai ngày 12 - 13/8}. The phrase
 * must open the sentence (after an optional dateline such as {@code HẢI DƯƠNG - }) and be followed by a
 * comma or a word, so a date inside a sentence ({@code từ ngày 11-5-2021 đến nay}, a cited document's
 * {@code ngày 31/3/2020}) is never read as the meeting's. Matches against the normalized view.
 */
final class MeetingDateParser {
    /** A date phrase read: {@code year} is 0 when the phrase has none; {@code lastDay} 0 unless a range. */
    record LeadDate(int start, int end, int day, int lastDay, int month, int year, PartOfDay partOfDay) {
    }

    /** Dateline before the date: {@code HẢI DƯƠNG - }, {@code (Baohatinh.vn) - }; at most 40 characters. */
    private static final String DATELINE = "(?:\\(?[\\p{L}\\p{M}0-9 .]{1,40}\\)?[ \\t]*-[ \\t]+)?";

    /** {@code từ ngày} opens a meeting date only before a range of days ({@code Từ ngày 12 - 14/8}), not {@code từ ngày 11-5-2021 đến nay}. */
    private static final String RANGE_AHEAD = "(?=[0-9]{1,2}[ \\t]*-[ \\t]*[0-9]{1,2}[ \\t]*[/.][ \\t]*[0-9])";

    /** A weekday, optional, with its comma: {@code thứ Sáu, }, {@code chủ nhật }. */
    private static final String WEEKDAY = "(?:(?:thứ[ \\t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \\t]+nhật)[ \\t]*,?[ \\t]+)?";

    /**
     * The opening of a date phrase, after an optional clock time ({@code Vào lúc 8 giờ ngày}): {@code Sáng ngày}, {@code Chiều}, {@code sáng nay}, {@code Trong hai ngày},
     * {@code Ngày}. A part of day or the word ngày must be there.
     */
    private static final String OPENING = "(?:vào[ \\t]+)?(?:(?:lúc[ \\t]+)?[0-9]{1,2}[ \\t]*(?:giờ|h)(?:[ \\t]*[0-9]{1,2}"
            + "(?:[ \\t]*phút)?)?[ \\t]*,?[ \\t]+)?"
            + "(?:(?<part>sáng|chiều|tối|trưa|đêm)(?:[ \\t]+(?:nay|qua))?[ \\t]+(?:hôm[ \\t]+nay[ \\t]+)?" + WEEKDAY
            + "(?:ngày[ \\t]+)?\\(?|hôm[ \\t]+(?:nay|qua)[ \\t]+" + WEEKDAY + "(?:ngày[ \\t]+)?\\(?"
            + "|(?:trong[ \\t]+)?(?:hai|ba|bốn|năm|2|3|4|5)[ \\t]+ngày[ \\t]+|" + WEEKDAY.replace(")?", ")")
            + "(?:ngày[ \\t]+)?|từ[ \\t]+ngày[ \\t]+" + RANGE_AHEAD + "|ngày[ \\t]+)";

    /** Numeric day and month: {@code 11/6}, {@code 8-6}, {@code 14.5}, {@code 23 - 11}, {@code 12 - 13/8}, {@code 7/3/2023}. */
    private static final String NUMERIC = "(?<d>[0-9]{1,2})(?:[ \\t]*-[ \\t]*(?<d2>[0-9]{1,2}))?[ \\t]*(?<sep>[/.-])[ \\t]*"
            + "(?<m>[0-9]{1,2})(?:[ \\t]*\\k<sep>[ \\t]*(?<y>(?:19|20)[0-9]{2}))?";

    /** Day and month in words: {@code 20 tháng 6 năm 2021}, {@code 12 - 13 tháng 8}. */
    private static final String WORDS = "(?<wd>[0-9]{1,2})(?:[ \\t]*-[ \\t]*(?<wd2>[0-9]{1,2}))?[ \\t]+tháng[ \\t]+"
            + "(?<wm>[0-9]{1,2})(?:[ \\t]*(?:năm[ \\t]+|[/-][ \\t]*)(?<wy>(?:19|20)[0-9]{2}))?";

    /** A whole lead date, e.g. {@code Chiều ngày 3/11,} — anchored with {@code lookingAt}; no digit may follow. */
    private static final Pattern LEAD = Pattern.compile("[ \\t*_]*" + DATELINE + "(?<date>" + OPENING
            + "(?:" + WORDS + "|" + NUMERIC + ")(?![0-9/.\\-]?[0-9])(?:[ \\t]*\\))?)(?=[ \\t]*[,;:]|[ \\t]+[\\p{L}(])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MeetingDateParser() {
    }

    /** The lead date opening {@code text} at {@code from} (searching no further than {@code to}), or null. */
    static LeadDate readLead(String text, int from, int to) {
        Matcher m = LEAD.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return null;
        }
        boolean numeric = m.group("d") != null;
        int day = Integer.parseInt(numeric ? m.group("d") : m.group("wd"));
        String d2 = numeric ? m.group("d2") : m.group("wd2");
        int month = Integer.parseInt(numeric ? m.group("m") : m.group("wm"));
        String y = numeric ? m.group("y") : m.group("wy");
        int lastDay = d2 == null ? 0 : Integer.parseInt(d2);
        if (month < 1 || month > 12 || day < 1 || day > 31 || (d2 != null && (lastDay <= day || lastDay > 31))) {
            return null;
        }
        int year = y == null ? 0 : Integer.parseInt(y);
        if (!valid(year == 0 ? 2024 : year, month, day)) { // 2024: a leap year lets 29/2 through
            return null;
        }
        return new LeadDate(m.start("date"), m.end("date"), day, lastDay, month, year, partOfDay(m.group("part")));
    }

    /** A clause ending in a comma inside a sentence: {@code Thực hiện Quyết định số 12/QĐ-UBND ngày 5/6/2022, }. */
    private static final Pattern CLAUSE_END = Pattern.compile(",[ \\t]+");

    /**
     * A lead date after an opening clause, set off by commas on both sides: {@code Thực hiện Kế hoạch …, ngày 20/7,
     * Sở Xây dựng tổ chức …}; searched between {@code from} and {@code to} (the sentence), or null.
     */
    static LeadDate readAfterClause(String text, int from, int to) {
        Matcher comma = CLAUSE_END.matcher(text).region(from, to);
        while (comma.find()) {
            LeadDate date = readLead(text, comma.end(), to);
            if (date != null) {
                int p = date.end();
                while (p < to && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                    p++;
                }
                if (p < to && text.charAt(p) == ',' && date.start() == comma.end()) {
                    return date;
                }
            }
        }
        return null;
    }

    private static boolean valid(int year, int month, int day) {
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static PartOfDay partOfDay(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "sáng" -> PartOfDay.MORNING;
            case "chiều" -> PartOfDay.AFTERNOON;
            case "tối" -> PartOfDay.EVENING;
            default -> null; // trưa: noon, no value of its own
        };
    }
}
