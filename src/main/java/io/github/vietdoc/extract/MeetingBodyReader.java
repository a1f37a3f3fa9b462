package io.github.vietdoc.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who met from a meeting lead, normalized: parenthetical abbreviations, session and term left out.
 * Three shapes, tried in order: the host of a working visit ({@code làm việc với Ban Thường vụ Huyện ủy
 * Trực Ninh về …}), the organizer before {@code tổ chức} ({@code Ngày 04/5, Ban Thường vụ Huyện ủy tổ chức
 * hội nghị}) and the organ after the kind ({@code hội nghị lần thứ V, Ban Chấp hành (BCH) Đảng bộ huyện
 * Lục Ngạn khoá XXV} → {@code Ban Chấp hành Đảng bộ huyện Lục Ngạn}). Works on the normalized view.
 */
final class MeetingBodyReader {
    /** The head of an organ: {@code Ban}, {@code UBND}, {@code Ủy ban}, {@code Huyện ủy}, {@code Đảng ủy xã}… */
    private static final String ORGAN = "(?:Ban|Ủy ban|UBND|HĐND|Hội đồng|Thường trực|Đảng ủy|Đảng bộ|Huyện ủy|Tỉnh ủy"
            + "|Thành ủy|Thị ủy|Quận ủy|Chi bộ|Sở|Phòng|Mặt trận|MTTQ|Hội|Đoàn|Liên đoàn|Bộ|Cục|Văn phòng|Trường|Công an"
            + "|Bộ Chỉ huy|Ban Chỉ đạo|Tập thể|lãnh đạo)(?![\\p{L}\\p{M}])";

    /** The host of a visit: {@code làm việc với UBND huyện Krông Pắc}, {@code làm việc tại Đảng ủy xã …}. */
    private static final Pattern VISIT_HOST = Pattern.compile("làm việc (?:với|tại) (?<body>" + ORGAN + ")");

    /** The organizer: {@code , Ban Thường vụ Huyện ủy Lục Ngạn tổ chức hội nghị}. */
    private static final Pattern ORGANIZER = Pattern.compile("^[ \\t]*,?[ \\t]*(?:tại [^,]{1,60}, )?(?<body>" + ORGAN
            + ")[^,;.]{0,120}? (?:đã |long trọng |trang trọng )?(?:tổ chức|họp|tiến hành|khai mạc|bế mạc)(?![\\p{L}\\p{M}])");

    /** The organ right after the kind (past a session, see {@link SessionReader}): {@code , Ban Chấp hành …}. */
    private static final Pattern AFTER_KIND = Pattern.compile("^,? (?<body>" + ORGAN + ")");

    /** Where a body ends: a comma, {@code về}, {@code khóa}, {@code nhiệm kỳ}, {@code tổ chức}, a parenthesis… */
    private static final Pattern BODY_END = Pattern.compile("[,;.:\\n]| (?:về|để|nhằm|khóa|khoá|nhiệm kỳ|lần thứ|kỳ họp"
            + "|tổ chức|đã|đánh giá|triển khai|sơ kết|tổng kết|thông qua|cho ý kiến|nghe|do|tại|năm|tháng"
            + "|họp|tiến hành|khai mạc|bế mạc|chủ trì|dưới|long trọng|trang trọng|phối hợp|cùng|không|bước vào|có|giám sát|kiểm tra|làm việc|thông tin|bàn)(?![\\p{L}\\p{M}])");

    /**
     * The organ a chair heads, named by a title with a level and no place: {@code Chủ tịch Ủy ban nhân dân
     * huyện chủ trì}; a named place after the level ({@code huyện Cam Lâm}) is not this shape.
     */
    private static final Pattern CHAIR_ORGAN = Pattern.compile("Chủ tịch (?<organ>(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân"
            + "|HĐND) (?:huyện|tỉnh|xã|phường|thị trấn|thị xã|quận|thành phố))(?= chủ trì| đã chủ trì|,)");

    /** A parenthetical abbreviation: {@code (BCH)}. */
    private static final Pattern PARENTHESIS = Pattern.compile("[ \\t]*\\([^()]{0,40}\\)");

    private MeetingBodyReader() {
    }

    /**
     * The body of the meeting whose lead runs from the date phrase's end {@code dateEnd} to {@code leadEnd}
     * in {@code text}, the kind word at {@code kindStart}/{@code kindEnd}; {@code place} (the letter's place,
     * or null) completes an organ named by the chair's title ({@code Chủ tịch Ủy ban nhân dân huyện} at Cam
     * Lâm → {@code Ủy ban nhân dân huyện Cam Lâm}). Null when none.
     */
    static String read(String text, int dateEnd, int leadEnd, int kindStart, int kindEnd, String place) {
        Matcher m = VISIT_HOST.matcher(text).region(dateEnd, leadEnd);
        if (m.find()) {
            return finish(text, m.start("body"), leadEnd);
        }
        m = ORGANIZER.matcher(text).region(dateEnd, leadEnd);
        if (m.lookingAt() && m.end() <= kindStart + 1) {
            return finish(text, m.start("body"), leadEnd);
        }
        int afterSession = kindEnd + SessionReader.sessionAt(text, kindEnd, leadEnd);
        m = AFTER_KIND.matcher(text).region(afterSession, leadEnd);
        if (m.lookingAt()) {
            return finish(text, m.start("body"), leadEnd);
        }
        m = CHAIR_ORGAN.matcher(text).region(dateEnd, kindStart);
        if (m.find()) {
            String organ = m.group("organ").replaceAll("[ \\t]+", " ");
            return place == null || place.isBlank() ? organ : organ + " " + place.strip();
        }
        return null;
    }

    /** The body from {@code start} to the first end mark before {@code leadEnd}, parentheses dropped. */
    private static String finish(String text, int start, int leadEnd) {
        String rest = PARENTHESIS.matcher(text.substring(start, Math.min(leadEnd, start + 200))).replaceAll("");
        Matcher end = BODY_END.matcher(rest);
        String body = end.find() ? rest.substring(0, end.start()) : rest;
        body = body.strip().replaceAll("[ \\t]+", " ");
        return body.isEmpty() ? null : body;
    }
}
