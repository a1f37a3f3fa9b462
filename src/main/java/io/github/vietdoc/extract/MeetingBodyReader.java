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

    /** The organ after the kind, past an ordinal: {@code hội nghị lần thứ V, Ban Chấp hành …}. */
    private static final Pattern AFTER_KIND = Pattern.compile("^(?: (?:lần thứ|thứ|lần) [0-9IVXLC]+)?(?:,)? (?<body>"
            + ORGAN + ")");

    /** Where a body ends: a comma, {@code về}, {@code khóa}, {@code nhiệm kỳ}, {@code tổ chức}, a parenthesis… */
    private static final Pattern BODY_END = Pattern.compile("[,;.:\\n]| (?:về|để|nhằm|khóa|khoá|nhiệm kỳ|lần thứ|kỳ họp"
            + "|tổ chức|đã|đánh giá|triển khai|sơ kết|tổng kết|thông qua|cho ý kiến|nghe|do|tại|năm|tháng"
            + "|họp|tiến hành|khai mạc|bế mạc|chủ trì|dưới)(?![\\p{L}\\p{M}])");

    /** A parenthetical abbreviation: {@code (BCH)}. */
    private static final Pattern PARENTHESIS = Pattern.compile("[ \\t]*\\([^()]{0,40}\\)");

    private MeetingBodyReader() {
    }

    /**
     * The body of the meeting in {@code lead} (the sentence after the date phrase): {@code dateEnd} is where
     * the date ended, {@code kindStart}/{@code kindEnd} where the kind word was found; null when none.
     */
    static String read(String lead, int dateEnd, int kindStart, int kindEnd) {
        Matcher m = VISIT_HOST.matcher(lead).region(dateEnd, lead.length());
        if (m.find()) {
            return finish(lead, m.start("body"));
        }
        m = ORGANIZER.matcher(lead).region(dateEnd, lead.length());
        if (m.lookingAt() && m.end() <= kindStart + 1) {
            return finish(lead, m.start("body"));
        }
        m = AFTER_KIND.matcher(lead).region(kindEnd, lead.length());
        if (m.lookingAt()) {
            return finish(lead, m.start("body"));
        }
        return null;
    }

    /** The body from {@code start} to the first end mark, parentheses dropped. */
    private static String finish(String lead, int start) {
        String rest = PARENTHESIS.matcher(lead.substring(start, Math.min(lead.length(), start + 200))).replaceAll("");
        Matcher end = BODY_END.matcher(rest);
        String body = end.find() ? rest.substring(0, end.start()) : rest;
        body = body.strip().replaceAll("[ \\t]+", " ");
        return body.isEmpty() ? null : body;
    }
}
