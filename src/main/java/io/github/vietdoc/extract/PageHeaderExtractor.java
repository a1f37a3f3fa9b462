package io.github.vietdoc.extract;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading line and the publication stamp of a scraped page. Stamps are lines made of a
 * date (and usually a time), in the forms portals print: {@code 05/05/2020 09:00},
 * {@code Thứ 6, 14/02/2025 | 08:45}, {@code Cập nhật: 10:31 26/06/2018},
 * {@code Chủ nhật, 03/11/2024, 07:30 (GMT+7)}, {@code Thứ Hai, 12 Tháng 6 2023 10:15},
 * {@code quantri gửi vào T3, 2018-06-26 10:31}, or a prefix such as {@code date 2021-06} glued before the
 * heading. Only the first and last lines are searched, and a line is a stamp only when it is made of the
 * stamp (a label, a weekday, a view counter around it), so a date in the body (a meeting lead, a cited
 * document, a caption, a letter's place-date line) is never taken for the page's own.
 */
public final class PageHeaderExtractor {
    private static final int ZONE_LINES = 6;
    /** A heading is one line; a first line longer than this is the lead paragraph, not a title. */
    private static final int MAX_TITLE_WORDS = 40;
    /** A first line that ends like a sentence and is longer than this is the lead paragraph. */
    private static final int MAX_SENTENCE_TITLE_WORDS = 30;
    /** A line holding a date and a time among other words is a stamp only when it is this short. */
    private static final int MAX_STAMP_WORDS = 10;

    /** Day, month, year with one separator throughout: {@code 05/05/2020}, {@code 11-5-2021}, {@code 26.06.2018}. */
    private static final String DMY = "(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2})(?![0-9])";
    /** Year first, the day optional: {@code 2018-06-26}, {@code 2021-06}; never a year range {@code 2020-2025}. */
    private static final String ISO = "(?<iy>(?:19|20)\\d{2})-(?<im>\\d{1,2})(?:-(?<id>\\d{1,2}))?(?![0-9])";
    /** The month in words: {@code 12 Tháng 6 2023}, {@code ngày 12 tháng 6 năm 2023} (needs a label or weekday). */
    private static final String TEXT_MONTH = "(?<td>\\d{1,2}) *tháng *(?<tm>\\d{1,2}) *,? *(?:năm *)?"
            + "(?<ty>(?:19|20)\\d{2})(?![0-9])";
    private static final String DATE = "(?:" + DMY + "|" + ISO + "|" + TEXT_MONTH + ")";
    private static final String TIME = "(?<h>\\d{1,2})(?:[:hg]| *giờ *)(?<min>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?: *(?<ampm>AM|PM|SA|CH)(?![a-zA-Z]))?";
    private static final String WEEKDAY = "(?:Thứ *(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|Chủ *nhật|CN|T[2-7])";
    /** Labels portals print before the stamp; {@code ngày} alone is the weakest. */
    private static final String LABEL = "(?:date|ngày đăng|đăng ngày|ngày xuất bản|xuất bản|ngày cập nhật|cập nhật lúc"
            + "|cập nhật ngày|cập nhật|đăng lúc|đăng|thời gian đăng|published|posted on|posted|updated|ngày)";
    private static final String GMT = "(?: *\\(? *(?:GMT|UTC) *(?:[+-] *\\d{1,2}(?::?\\d{2})?)? *\\)?| ?[+-]\\d{2}:?\\d{2}|Z)?";
    /** What may follow a stamp on its line: a view counter. */
    private static final String COUNTER = "(?: *[|-] *(?:lượt xem|lượt đọc|lượt truy cập|số lượt xem|views?|xem)"
            + " *:? *[0-9.,]+)?";
    private static final String DATE_TIME_SEP = "(?:T| *[|,-]? *)(?:lúc *)?";

    /** A whole line that is a stamp: label, weekday, date, then maybe the time. */
    private static final Pattern STAMP_LINE = Pattern.compile("(?iu)^\\(?(?:(?<label>" + LABEL + ") *:? *)?"
            + "(?:(?<wd>" + WEEKDAY + ") *[,-]? *)?(?:ngày *)?" + DATE + "(?:" + DATE_TIME_SEP + TIME + ")?" + GMT
            + "\\)?" + COUNTER + "$");
    /** The same with the time first: {@code 08:45 | 14/02/2025}, {@code Đăng lúc: 08h30 ngày 15/7/2022}. */
    private static final Pattern STAMP_LINE_TIME_FIRST = Pattern.compile("(?iu)^\\(?(?:(?<label>" + LABEL + ") *:? *)?"
            + TIME + GMT + " *[|,-]? *(?:(?<wd>" + WEEKDAY + ") *[,-]? *)?(?:ngày *)?" + DATE + "\\)?" + COUNTER + "$");
    /** A date then a time somewhere in a short line: {@code quantri gửi vào T3, 2018-06-26 10:31}. */
    private static final Pattern DATE_TIME = Pattern.compile("(?iu)(?<![0-9/.-])" + DATE + DATE_TIME_SEP + TIME
            + "(?![0-9:])" + GMT);
    /** What may stand before a date-time inside a short line: a posting phrase, or a separator ending a name or weekday. */
    private static final Pattern POSTED_CUE = Pattern.compile("(?iu)^(?:|.*[|:,-]|(?:.* )?(?:gửi vào|gửi lúc|đăng lúc"
            + "|đăng ngày|đăng|cập nhật|posted on|posted|on))$");
    /** What may follow it: nothing, or a separator and more page metadata. */
    private static final Pattern STAMP_TAIL = Pattern.compile("(?u)^(?:\\)|[|]+.*)?$");
    /** A stamp glued before the heading on the first line: {@code date 2021-06 Đồng chí …}. */
    private static final Pattern STAMP_PREFIX = Pattern.compile("(?iu)^(?:date|ngày đăng|published|posted) *:? *"
            + DATE + "(?:" + DATE_TIME_SEP + TIME + ")? +");
    /** A first line opening like a news lead: {@code Ngày 11/6, …}, {@code Sáng 04/5, …}. */
    private static final Pattern LEAD_OPENING = Pattern.compile("(?iu)^(?:ngày|sáng|trưa|chiều|tối|đêm|rạng sáng"
            + "|hôm nay|hôm qua) +(?:ngày +)?\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{4})? *,");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern SENTENCE_END = Pattern.compile("(?u)[^.][.][\"”')]?$|\\./\\.$");

    public PageHeader extract(SourceText doc, DocType type) {
        List<TextRange> lines = nonBlankLines(doc);
        String published = null;
        int stampLine = -1;
        String titleAfterStamp = null;
        for (int k = 0; k < lines.size() && k < ZONE_LINES && published == null; k++) {
            String line = doc.text(lines.get(k)).strip();
            published = stamp(line);
            if (published != null) {
                stampLine = k;
                continue;
            }
            Matcher prefix = STAMP_PREFIX.matcher(line);
            if (k == 0 && prefix.lookingAt()) {
                published = iso(prefix);
                if (published != null) {
                    stampLine = k;
                    titleAfterStamp = line.substring(prefix.end()).strip();
                }
            }
        }
        for (int k = lines.size() - 1; k >= 0 && k >= lines.size() - ZONE_LINES && published == null; k--) {
            published = stamp(doc.text(lines.get(k)).strip());
        }
        String title = null;
        if (!type.isAdministrative()) {
            title = titleAfterStamp;
            for (int k = 0; title == null && k < lines.size() && k < 2; k++) {
                if (k == stampLine) {
                    continue;
                }
                String line = doc.text(lines.get(k)).strip();
                if (isHeading(line)) {
                    title = line;
                }
                break;
            }
        }
        return new PageHeader(title == null || title.isEmpty() ? null : title, published);
    }

    /** A heading is short, and does not read like the lead sentence of the article. */
    static boolean isHeading(String line) {
        int words = words(line);
        if (words == 0 || words > MAX_TITLE_WORDS) {
            return false;
        }
        boolean sentence = SENTENCE_END.matcher(line).find();
        if (sentence && (words > MAX_SENTENCE_TITLE_WORDS || LEAD_OPENING.matcher(line).find())) {
            return false;
        }
        return true;
    }

    /** The ISO stamp a line stands for, or null when the line is not a stamp. */
    static String stamp(String line) {
        for (Pattern p : List.of(STAMP_LINE, STAMP_LINE_TIME_FIRST)) {
            Matcher whole = p.matcher(line);
            if (whole.matches()) {
                if (whole.group("ty") != null && whole.group("wd") == null
                        && (whole.group("label") == null || whole.group("label").equalsIgnoreCase("ngày"))) {
                    // "Ngày 20 tháng 6 năm 2021" alone is how letters date themselves, not a page stamp
                    return null;
                }
                return iso(whole);
            }
        }
        if (words(line) <= MAX_STAMP_WORDS) {
            Matcher m = DATE_TIME.matcher(line);
            while (m.find()) {
                String before = line.substring(0, m.start()).strip();
                String after = line.substring(m.end()).strip();
                if (POSTED_CUE.matcher(before).matches() && STAMP_TAIL.matcher(after).matches()) {
                    return iso(m);
                }
            }
        }
        return null;
    }

    private static String iso(Matcher m) {
        String y = first(m.group("y"), m.group("iy"), m.group("ty"));
        String mo = first(m.group("m"), m.group("im"), m.group("tm"));
        String d = first(m.group("d"), m.group("id"), m.group("td"));
        try {
            int year = Integer.parseInt(y);
            int month = Integer.parseInt(mo);
            if (d == null) {
                if (month < 1 || month > 12) {
                    return null;
                }
                return String.format(Locale.ROOT, "%04d-%02d", year, month);
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(d));
            String h = m.group("h");
            if (h == null) {
                return date.toString();
            }
            int hour = Integer.parseInt(h);
            int minute = Integer.parseInt(m.group("min"));
            String ampm = m.group("ampm");
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return date.toString();
                }
                boolean pm = ampm.equalsIgnoreCase("PM") || ampm.equalsIgnoreCase("CH");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59) {
                return date.toString();
            }
            return String.format(Locale.ROOT, "%sT%02d:%02d", date, hour, minute);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    static List<TextRange> nonBlankLines(SourceText doc) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange line : doc.lines()) {
            if (!doc.text(line).isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }
}
