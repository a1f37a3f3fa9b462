package io.github.vietdoc.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the session and the term a meeting lead names, Arabic or Roman: {@code lần thứ V} → session 5,
 * {@code Kỳ họp thứ 14} → session 14, {@code khóa XXV} → term 25, {@code nhiệm kỳ 2020-2025} → term years.
 * Kept on the Java side only (the JSON record has no such fields); the body reader uses it to step over
 * the session between the kind and the organ.
 */
final class SessionReader {
    /** The session and term found; 0 where the lead names none. */
    record Session(int session, int term, int termFrom, int termTo) {
    }

    /** A session: {@code lần thứ V}, {@code kỳ họp thứ 14}, {@code phiên họp thứ 3}, {@code lần 2}. */
    private static final Pattern SESSION = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:lần thứ|lần|kỳ họp thứ|phiên họp thứ|phiên thứ)[ \\t]+(?<n>[0-9]{1,3}|[IVXLCivxlc]{1,8})"
                    + "(?![\\p{L}\\p{M}0-9])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A term by number: {@code khóa XXV}, {@code khoá 14}. */
    private static final Pattern TERM = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:khóa|khoá)[ \\t]+(?<n>[0-9]{1,3}|[IVXLC]{1,8})(?![\\p{L}\\p{M}0-9])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A term by years: {@code nhiệm kỳ 2020-2025}, {@code nhiệm kỳ 2021 - 2026}. */
    private static final Pattern TERM_YEARS = Pattern.compile(
            "nhiệm kỳ[ \\t]+(?<from>(?:19|20)[0-9]{2})[ \\t]*-[ \\t]*(?<to>(?:19|20)[0-9]{2})(?![0-9])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SessionReader() {
    }

    /** The first session, term number and term years in {@code text[from, to)}. */
    static Session read(String text, int from, int to) {
        int session = 0;
        int term = 0;
        int termFrom = 0;
        int termTo = 0;
        Matcher m = SESSION.matcher(text).region(from, to);
        if (m.find()) {
            session = Math.max(0, RomanNumeral.parseOrdinal(m.group("n")));
        }
        m = TERM.matcher(text).region(from, to);
        if (m.find()) {
            term = Math.max(0, RomanNumeral.parseOrdinal(m.group("n")));
        }
        m = TERM_YEARS.matcher(text).region(from, to);
        if (m.find() && Integer.parseInt(m.group("to")) > Integer.parseInt(m.group("from"))) {
            termFrom = Integer.parseInt(m.group("from"));
            termTo = Integer.parseInt(m.group("to"));
        }
        return new Session(session, term, termFrom, termTo);
    }

    /** The length of a session ordinal at {@code from} ({@code  lần thứ V}), or 0 when none opens there. */
    static int sessionAt(String text, int from, int to) {
        int at = from;
        while (at < to && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        Matcher m = SESSION.matcher(text).region(at, to);
        return m.lookingAt() && RomanNumeral.parseOrdinal(m.group("n")) > 0 ? m.end() - from : 0;
    }
}
