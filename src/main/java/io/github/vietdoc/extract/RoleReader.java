package io.github.vietdoc.extract;

import io.github.vietdoc.model.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a mentioned person does from the words around the mention. */
final class RoleReader {
    /**
     * A chair verb right after the name and titles: {@code chủ trì hội nghị}, {@code đồng chủ trì},
     * {@code đã làm việc với Ban Thường vụ}, {@code đã có buổi làm việc với UBND huyện}, and the head of a visiting
     * delegation: {@code làm trưởng đoàn}, {@code dẫn đầu}.
     */
    private static final Pattern CHAIR_AFTER = Pattern.compile(
            "[ ,]*(?:đã +|cùng +)?(?:đồng chủ trì|chủ trì|chủ tọa|(?:có +)?(?:buổi +)?làm việc|làm +trưởng +đoàn|dẫn +đầu +đoàn|dẫn +đầu|đi +kiểm +tra|đến +kiểm +tra)"
                    + "(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A speech verb right after the name and titles: {@code phát biểu}, {@code nhấn mạnh:}, {@code cho biết}, {@code kiến nghị}. */
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "[ ,]*(?:đã +)?(?:phát biểu|nhấn mạnh|cho biết|yêu cầu|đề nghị|kiến nghị|đề xuất|phản ánh|khẳng định|kết luận|chỉ đạo|chia sẻ|lưu ý)"
                    + "(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An attendance verb right after the name and titles: {@code tham dự hội nghị}, {@code đã dự}. */
    private static final Pattern ATTENDEE_AFTER = Pattern.compile("[ ,]*(?:đã +|cùng +)?(?:tham dự|dự)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A chair phrase before the cue: {@code dưới sự chủ trì của }, or a sentence opening with the chair verb and
     * naming who: {@code Chủ trì hội nghị có đồng chí }, {@code Chủ trì là đồng chí }, {@code Đồng chủ trì có các đồng chí: }.
     */
    private static final Pattern CHAIR_BEFORE = Pattern.compile("(?:chủ trì|chủ tọa) +của +$|^[ \\t]*(?:đồng +)?"
            + "chủ +(?:trì|tọa)(?: +(?!dự|tham|có|là|gồm)[\\p{L}\\p{M}]+){0,3} +(?:có|là|gồm)(?: +các)?(?: +đồng chí)?[ :]*$"
            // the chair line of an invitation: "Chủ trì: Đồng chí Ma Văn Tú, Phó Chủ tịch UBND huyện."
            + "|^[ \\t*-]*chủ +(?:trì|tọa) *: *(?:đồng +chí +|ông +|bà +)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Attendance earlier in the sentence: {@code Dự hội nghị có}, {@code Tham dự cuộc họp có}, {@code Cùng dự có}. */
    private static final Pattern ATTEND = Pattern.compile("(?<![\\p{L}\\p{M}])(?:[Dd]ự|[Tt]ham dự)(?![\\p{L}\\p{M}])");
    /** An attendance list opened by {@code có}: {@code Về phía huyện có }, {@code có các đồng chí: }. */
    private static final Pattern HAS_BEFORE = Pattern.compile("(?<![\\p{L}\\p{M}])có(?: +các +đồng chí)?[ :]*$");

    /** Role of a mention whose cue (or name) starts at {@code start} and whose titles end at {@code end}. */
    Role read(String text, int start, int end) {
        int sentence = sentenceStart(text, start);
        String before = text.substring(sentence, start);
        if (CHAIR_BEFORE.matcher(before).find()) {
            return Role.CHAIR;
        }
        if (CHAIR_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return Role.CHAIR;
        }
        if (SPEAKER_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return Role.SPEAKER;
        }
        if (ATTENDEE_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || ATTEND.matcher(before).find() || HAS_BEFORE.matcher(before).find()) {
            return Role.ATTENDEE;
        }
        return null;
    }

    /** Start of the sentence holding {@code pos}, looked for at most 200 characters back. */
    static int sentenceStart(String text, int pos) {
        int limit = Math.max(0, pos - 200);
        for (int i = pos - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return i + 1;
            }
        }
        return limit;
    }
}
