package io.github.vietdoc.extract;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading line and the publication stamp of a scraped page. Stamps are lines made of a
 * date (and usually a time), in the forms portals print: {@code 05/05/2020 09:00},
 * {@code Thứ 6, 14/02/2025 | 08:45}, {@code quantri gửi vào T3, 2018-06-26 10:31}, or a prefix such as
 * {@code date 2021-06} glued before the heading. Only the first and last lines are searched, so a date
 * in the body (a meeting, a cited document) is never taken for the page's own.
 */
public final class PageHeaderExtractor {
    private static final int ZONE_LINES = 6;
    /** A heading is one line; a first line longer than this is the lead paragraph, not a title. */
    private static final int MAX_TITLE_WORDS = 60;

    private static final String DMY = "(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>(?:19|20)\\d{2})";
    private static final String ISO = "(?<iy>(?:19|20)\\d{2})-(?<im>\\d{1,2})(?:-(?<id>\\d{1,2}))?";
    private static final String DATE = "(?:" + DMY + "|" + ISO + ")";
    private static final String TIME = "(?<h>\\d{1,2})[:hg](?<min>\\d{2})(?::\\d{2})?(?: *(?:AM|PM|SA|CH))?";
    private static final String WEEKDAY = "(?:Thứ *(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|Chủ *nhật|CN|T[2-7])";
    private static final String LABEL = "(?:date|ngày đăng|đăng ngày|ngày cập nhật|cập nhật lúc|cập nhật|đăng lúc"
            + "|thời gian đăng|published|posted|updated|ngày)";
    private static final String GMT = "(?: *\\(?GMT *[+-] *\\d{1,2}(?::?\\d{2})?\\)?)?";

    /** A whole line that is a stamp: label, weekday, date, then maybe the time. */
    private static final Pattern STAMP_LINE = Pattern.compile("(?iu)^(?:" + LABEL + " *:? *)?"
            + "(?:" + WEEKDAY + " *,? *)?(?:ngày *)?" + DATE + "(?: *[|,-]? *(?:lúc *)?" + TIME + ")?" + GMT + "$");
    /** The same with the time first: {@code 08:45 | 14/02/2025}. */
    private static final Pattern STAMP_LINE_TIME_FIRST = Pattern.compile("(?iu)^(?:" + LABEL + " *:? *)?"
            + TIME + GMT + " *[|,-]? *(?:" + WEEKDAY + " *,? *)?(?:ngày *)?" + DATE + "$");
    /** A short line that holds a date and a time somewhere: {@code quantri gửi vào T3, 2018-06-26 10:31}. */
    private static final Pattern DATE_TIME = Pattern.compile("(?iu)(?<![\\d/.-])" + DATE + "[ ,|-]+(?:lúc *)?" + TIME
            + "(?![\\d:])");
    /** A stamp glued before the heading on the first line: {@code date 2021-06 Đồng chí …}. */
    private static final Pattern STAMP_PREFIX = Pattern.compile("(?iu)^(?:date|ngày đăng|published|posted) *:? *"
            + DATE + "(?: +" + TIME + ")? +");
    private static final int MAX_STAMP_WORDS = 10;

    public PageHeader extract(SourceText doc, DocType type) {
        List<TextRange> lines = nonBlankLines(doc);
        String published = null;
        int stampLine = -1;
        String titleAfterStamp = null;
        for (int k = 0; k < lines.size() && k < ZONE_LINES && published == null; k++) {
            String line = doc.text(lines.get(k)).strip();
            Matcher prefix = STAMP_PREFIX.matcher(line);
            if (k == 0 && prefix.lookingAt()) {
                published = iso(prefix);
                if (published != null) {
                    stampLine = k;
                    titleAfterStamp = line.substring(prefix.end()).strip();
                }
                continue;
            }
            published = stamp(line);
            if (published != null) {
                stampLine = k;
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
                if (words(line) <= MAX_TITLE_WORDS && !line.isEmpty()) {
                    title = line;
                }
                break;
            }
        }
        return new PageHeader(title == null || title.isEmpty() ? null : title, published);
    }

    /** The ISO stamp a line stands for, or null when the line is not a stamp. */
    static String stamp(String line) {
        for (Pattern p : List.of(STAMP_LINE, STAMP_LINE_TIME_FIRST)) {
            Matcher whole = p.matcher(line);
            if (whole.matches()) {
                return iso(whole);
            }
        }
        if (words(line) <= MAX_STAMP_WORDS) {
            Matcher m = DATE_TIME.matcher(line);
            if (m.find()) {
                return iso(m);
            }
        }
        return null;
    }

    private static String iso(Matcher m) {
        String y = m.group("y") != null ? m.group("y") : m.group("iy");
        String mo = m.group("m") != null ? m.group("m") : m.group("im");
        String d = m.group("d") != null ? m.group("d") : m.group("id");
        try {
            int year = Integer.parseInt(y);
            int month = Integer.parseInt(mo);
            if (d == null) {
                if (month < 1 || month > 12) {
                    return null;
                }
                return String.format("%04d-%02d", year, month);
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(d));
            String h = m.group("h");
            if (h == null) {
                return date.toString();
            }
            int hour = Integer.parseInt(h);
            int minute = Integer.parseInt(m.group("min"));
            if (hour > 23 || minute > 59) {
                return date.toString();
            }
            return String.format("%sT%02d:%02d", date, hour, minute);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
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
        return t.isEmpty() ? 0 : t.split(" +").length;
    }
}
