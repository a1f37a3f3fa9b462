package io.github.vietdoc.extract;

import io.github.vietdoc.model.Qualifier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the words before a value: an estimate cue and a bound, e.g. {@code ước đạt gần} 15 tỉ đồng. */
final class QualifierReader {
    /** What was read: the bound (null for none), whether it is an estimate, and where the cue starts. */
    record Cue(Qualifier qualifier, boolean estimated, int start) {
    }

    private static final String L = Letters.CLASS;

    /** Cues ending right before the value, e.g. {@code dự kiến khoảng }, {@code ước đạt hơn }, {@code Trên }. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![" + L + "])(?:(?<est>ước +đạt|ước +tính|ước|dự +kiến(?: +đạt)?) +)?"
                    + "(?:(?<qual>khoảng|gần +như|xấp +xỉ|hơn|trên|gần|dưới|chưa +đến|chưa +đầy|chưa +tới|ít +nhất|tối +thiểu|tối +đa"
                    + "|không +quá|không +vượt +quá|không +dưới|không +ít +hơn|từ) +|(?<sym>[≥≤><]) *)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SPACES = Pattern.compile(" +");

    private QualifierReader() {
    }

    /** The cue ending at {@code end} in {@code text}; {@code trailsAtLeast} when {@code trở lên} follows. */
    static Cue read(CharSequence text, int end, boolean trailsAtLeast) {
        Matcher m = BEFORE.matcher(text);
        m.region(Math.max(0, end - 30), end);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(true);
        int start = end;
        Qualifier q = null;
        boolean est = false;
        for (int from = Math.max(0, end - 30); from <= end; from++) {
            m.region(from, end);
            if (m.lookingAt()) {
                if (m.group("est") == null && m.group("qual") == null && m.group("sym") == null) {
                    continue;
                }
                start = m.start();
                est = m.group("est") != null;
                String word = m.group("sym") != null ? m.group("sym") : m.group("qual") == null ? null
                        : SPACES.matcher(m.group("qual")).replaceAll(" ").toLowerCase(Locale.ROOT);
                q = word == null ? null : switch (word) {
                    case "khoảng", "gần như", "xấp xỉ" -> Qualifier.APPROXIMATE;
                    case "hơn", "trên" -> Qualifier.MORE_THAN;
                    case "gần", "dưới", "chưa đến", "chưa đầy", "chưa tới" -> Qualifier.LESS_THAN;
                    case "ít nhất", "tối thiểu" -> Qualifier.AT_LEAST;
                    case "tối đa", "không quá", "không vượt quá", "≤" -> Qualifier.AT_MOST;
                    case "không dưới", "không ít hơn" -> Qualifier.AT_LEAST;
                    case "≥" -> Qualifier.AT_LEAST;
                    case ">" -> Qualifier.MORE_THAN;
                    case "<" -> Qualifier.LESS_THAN;
                    case "từ" -> trailsAtLeast ? Qualifier.AT_LEAST : null;
                    default -> null;
                };
                if (word != null && word.equals("từ") && !trailsAtLeast) {
                    start = m.start("qual") > m.start() && est ? m.start() : (est ? m.start() : end);
                }
                break;
            }
        }
        return new Cue(q, est, start);
    }
}
