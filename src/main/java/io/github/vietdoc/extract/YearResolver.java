package io.github.vietdoc.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a year to a meeting date written without one, from the document and never from the clock.
 *
 * <p>The rule: a report is written on or after the day it reports. So the first <em>anchor</em> found
 * among the publication stamp, the letter's own date and the caller's reference date (in that order:
 * the document's own evidence before the caller's) fixes the year as the latest one that does not put
 * the meeting after the anchor ({@code Ngày 25-6} with the stamp 2018-06-26 → 2018; {@code Ngày 28/12}
 * with the stamp 2021-01-03 → 2020). Without an anchor, the years the text is about decide
 * ({@code tháng 5 năm 2020}, {@code 6 tháng cuối năm 2021}, {@code năm 2021}, full dates such as a cited
 * document's {@code 31/3/2020}, which can only precede the report): the latest of them. A bare number
 * that looks like a year ({@code Euro 2020}) is no evidence. Years that name a span or a target are weak evidence and are not candidates at all: both ends
 * of a range ({@code nhiệm kỳ 2021-2026}, {@code giai đoạn 2020-2025}) and years after {@code đến},
 * {@code tới}, {@code tầm nhìn} ({@code đến năm 2030}), since they speak of the future or of a whole term,
 * not of the time of writing. When nothing is left the date stays month-day.
 */
final class YearResolver {
    /** The year found and where from ({@code null} year when none); {@code source} reads in a warning. */
    record Resolved(Integer year, String source) {
    }

    /**
     * A year the text speaks of: {@code năm 2021}, {@code tháng 5 năm 2020}, {@code 31/3/2020}; or a range
     * {@code 2020- 2025}, {@code 2021 - 2026}, told apart by the group {@code to}.
     */
    private static final Pattern TEXT_YEAR = Pattern.compile(
            "(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?![0-9])(?:[ \\t]*[-–][ \\t]*(?<to>(?:19|20)[0-9]{2})(?![0-9]))?");

    /**
     * What must stand before a year for it to say when the text speaks: {@code năm 2021},
     * {@code tháng 5 năm 2020}, or the day and month of a full date {@code 31/3/2020}, {@code 11-5-2021}.
     * A bare number ({@code Euro 2020}, {@code 1985 hộ}) is no such year.
     */
    private static final Pattern WRITTEN_YEAR_BEFORE = Pattern.compile(
            "năm[ \\t]+$|(?<![0-9])[0-9]{1,2}[ \\t]*[/.-][ \\t]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What before a year makes it a target, not a time of writing: {@code đến năm}, {@code tầm nhìn}. */
    private static final Pattern TARGET_BEFORE = Pattern.compile(
            "(?:đến|tới|tầm nhìn|nhìn|vọng|trước)[ \\t]+(?:năm[ \\t]+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What before a year makes it a document's number or a term: {@code /}, {@code nhiệm kỳ}, {@code khóa}. */
    private static final Pattern TERM_BEFORE = Pattern.compile(
            "(?:nhiệm kỳ|giai đoạn|khóa|khoá)[ \\t]+$|số[ \\t]+[0-9]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private YearResolver() {
    }

    /** The year of {@code month}/{@code day}: anchors first, then the text's own years; see the class rule. */
    static Resolved resolve(int month, int day, String published, String letterDate, LocalDate reference, String text) {
        Resolved r = fromAnchor(month, day, published, "the publication date " + published);
        if (r == null) {
            r = fromAnchor(month, day, letterDate, "the document's date " + letterDate);
        }
        if (r == null && reference != null) {
            r = fromAnchor(month, day, reference.toString(), "the reference date " + reference);
        }
        if (r == null) {
            int y = latestTextYear(text);
            if (y > 0) {
                r = new Resolved(y, "the years the text is about");
            }
        }
        return r == null ? new Resolved(null, null) : r;
    }

    /** The latest year putting month/day not after the ISO (possibly partial) {@code anchor}; null if unusable. */
    static Resolved fromAnchor(int month, int day, String anchor, String source) {
        if (anchor == null || anchor.length() < 4) {
            return null;
        }
        int year = digits(anchor, 0, 4);
        if (year < 1900 || year > 2100) {
            return null;
        }
        int aMonth = anchor.length() >= 7 && anchor.charAt(4) == '-' ? digits(anchor, 5, 7) : -1;
        int aDay = aMonth > 0 && anchor.length() >= 10 && anchor.charAt(7) == '-' ? digits(anchor, 8, 10) : -1;
        boolean after;
        if (aMonth < 1 || aMonth > 12) {
            after = false; // only a year: the meeting is in it
        } else if (aDay < 1) {
            after = month > aMonth;
        } else {
            after = month > aMonth || (month == aMonth && day > aDay);
        }
        return new Resolved(after ? year - 1 : year, source);
    }

    /** The latest year the text is about, ranges and targets left out; 0 when none. */
    static int latestTextYear(String text) {
        int best = 0;
        Matcher m = TEXT_YEAR.matcher(text);
        while (m.find()) {
            if (m.group("to") != null) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 16), m.start());
            if (!WRITTEN_YEAR_BEFORE.matcher(before).find() || TARGET_BEFORE.matcher(before).find()
                    || TERM_BEFORE.matcher(before).find()) {
                continue;
            }
            int after = m.end();
            if (after < text.length() && (text.charAt(after) == '/' || text.charAt(after) == '-')
                    && after + 1 < text.length() && Character.isLetter(text.charAt(after + 1))) {
                continue; // 245/2020/NQ-HĐND: a document number
            }
            best = Math.max(best, Integer.parseInt(m.group("y")));
        }
        return best;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
