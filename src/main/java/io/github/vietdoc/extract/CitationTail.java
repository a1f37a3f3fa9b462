package io.github.vietdoc.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows a document number in a citation: its date ({@code ngày 31/3/2020},
 * {@code ngày 31-3-2020}, {@code , ngày 12 tháng 3 năm 2015}) and its issuer after {@code của}
 * ({@code của Ban Thường vụ Tỉnh ủy về …} → {@code Ban Thường vụ Tỉnh ủy}). Positions are offsets of the
 * normalized view.
 */
final class CitationTail {
    /** Most words an issuer runs to: {@code Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu}. */
    private static final int MAX_ISSUER_WORDS = 12;
    /**
     * Lower-case words in a row inside an issuer, besides the body words of {@code issuer-part}
     * ({@code nhân dân}, {@code tỉnh}): {@code Phát triển nông thôn}, {@code Giao thông vận tải}.
     */
    private static final int MAX_LOWER_RUN = 4;

    /** The date's lead: {@code  ngày }, {@code , ngày }, {@code  ban hành ngày }, a break before it. */
    private static final String DATE_LEAD = "(?: ?, ?| |\\n)(?:(?:ký ban hành|ban hành|ký) )?ngày(?: |\\n)?";
    /** A date in figures, one separator throughout, the year optional: {@code 31/3/2020}, {@code 4-9}. */
    private static final String NUMERIC_DATE = "(?<d>[0-9]{1,2}) ?(?<sep>[/.-]) ?(?<m>[0-9]{1,2})"
            + "(?: ?\\k<sep> ?(?<y>[0-9]{4}))?(?![0-9])";
    /** A date in words: {@code 20 tháng 6 năm 2021}, {@code 20 tháng 6}. */
    private static final String WORDED_DATE = "(?<wd>[0-9]{1,2}) tháng (?<wm>[0-9]{1,2})"
            + "(?: ?,? năm (?<wy>[0-9]{4}))?(?![0-9])";
    /** {@code ngày 31/3/2020}, {@code , ngày 12 tháng 3 năm 2015}, {@code ban hành ngày 05/3/2020}. */
    private static final Pattern DATE = Pattern.compile("(?iu)" + DATE_LEAD + "(?:" + NUMERIC_DATE + "|"
            + WORDED_DATE + ")");
    /** {@code  của }, {@code , của }, with a line break on either side. */
    private static final Pattern ISSUER_LEAD = Pattern.compile("(?: ?, ?| |\\n)của(?: |\\n)");
    /** A word of an issuer: letters, digits and the marks names carry ({@code Bà Rịa - Vũng Tàu}, {@code TT&DL}). */
    private static final Pattern ISSUER_WORD = Pattern.compile("[\\p{L}\\p{N}&]+(?:[-.][\\p{L}\\p{N}&]+)*");
    /** The gap between two issuer words: a space, a line break, or a spaced hyphen inside a place name. */
    private static final Pattern ISSUER_GAP = Pattern.compile("(?: - | |\\n)(?!\\n)");

    /** A date read after a number: where it ends and its ISO form. */
    record Date(int end, String iso) {
    }

    /** An issuer read after {@code của}: where it ends and its normalized name. */
    record Issuer(int end, String name) {
    }

    private final ReferenceLexicon lexicon;

    CitationTail(ReferenceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The date at {@code pos}, or null. A date without a year takes the year of the number
     * ({@code 12/2020/QĐ-UBND ngày 5/3}), else is a month-day {@code --03-05}.
     */
    static Date date(String view, int pos, String yearOfNumber) {
        Matcher m = DATE.matcher(view).region(pos, view.length());
        if (!m.lookingAt()) {
            return null;
        }
        boolean numeric = m.group("d") != null;
        int day = Integer.parseInt(m.group(numeric ? "d" : "wd"));
        int month = Integer.parseInt(m.group(numeric ? "m" : "wm"));
        String y = m.group(numeric ? "y" : "wy");
        if (y == null) {
            y = yearOfNumber;
        }
        try {
            if (y == null) {
                return new Date(m.end(), MonthDay.of(month, day).toString());
            }
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return null;
            }
            return new Date(m.end(), LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The issuer after {@code của} at {@code pos}, or null. It opens with a capitalized word or a body word
     * ({@code bộ}, {@code ủy ban}) and ends at punctuation, a lower-case cue word ({@code về}, {@code đã},
     * {@code quy định}), {@code và} before a lower-case word, a lower-case word after an abbreviation or a
     * body word ({@code VKS nói rằng}, {@code UBND tỉnh chấp thuận}), or a run of lower-case words too long
     * for a name; of such a run only the first word stays, the second syllable of the name before it:
     * {@code Chính phủ bảo đảm an sinh} → {@code Chính phủ}.
     */
    Issuer issuer(String view, int pos) {
        Matcher lead = ISSUER_LEAD.matcher(view).region(pos, view.length());
        if (!lead.lookingAt()) {
            return null;
        }
        return issuerAt(view, lead.end(), view.length());
    }

    /** How a word of an issuer is written, which tells what may follow it. */
    private enum Shape { CAPITALIZED, ABBREVIATION, BODY_WORD, LOWER }

    /** The issuer starting exactly at {@code pos} and ending by {@code limit}, or null. */
    Issuer issuerAt(String view, int pos, int limit) {
        if (!ISSUER_WORD.matcher(view).region(pos, limit).lookingAt() || !opensIssuer(view, pos, limit)) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int lowerRun = 0;
        Shape previous = null;
        boolean runOn = false;
        int at = pos;
        while (starts.size() < MAX_ISSUER_WORDS) {
            Matcher part = lexicon.issuerPart().matcher(view).region(at, limit);
            Matcher word = part.lookingAt() ? part : ISSUER_WORD.matcher(view).region(at, limit);
            if (word != part && (!word.lookingAt() || endsIssuer(view, at, limit))) {
                break;
            }
            Shape shape = word == part ? Shape.BODY_WORD : shape(word.group());
            if (shape == Shape.LOWER && (previous == Shape.ABBREVIATION || previous == Shape.BODY_WORD)
                    && !starts.isEmpty()) {
                break;
            }
            lowerRun = shape == Shape.LOWER ? lowerRun + 1 : 0;
            if (lowerRun > MAX_LOWER_RUN) {
                runOn = true;
                break;
            }
            starts.add(at);
            ends.add(word.end());
            previous = shape;
            Matcher gap = ISSUER_GAP.matcher(view).region(word.end(), limit);
            if (!gap.lookingAt()) {
                break;
            }
            at = gap.end();
        }
        int keep = starts.size();
        if (runOn && lowerRun - 1 < keep) {
            keep -= lowerRun - 2;
        }
        if (keep == 0) {
            return null;
        }
        int end = ends.get(keep - 1);
        String name = view.substring(pos, end).replace('\n', ' ');
        return new Issuer(end, name);
    }

    private static Shape shape(String word) {
        char first = word.charAt(0);
        if (!Character.isLetter(first)) {
            return Shape.CAPITALIZED; // "&" of "Bộ LĐ - TB & XH", a number: neither ends the name
        }
        if (!Character.isUpperCase(first)) {
            return Shape.LOWER;
        }
        return word.length() > 1 && Character.isUpperCase(word.charAt(1)) ? Shape.ABBREVIATION : Shape.CAPITALIZED;
    }

    private boolean opensIssuer(String view, int pos, int limit) {
        if (Character.isUpperCase(view.charAt(pos))) {
            return lexicon.kindWords().at(view, pos) == null;
        }
        return lexicon.issuerStart().matcher(view).region(pos, limit).lookingAt();
    }

    private boolean endsIssuer(String view, int at, int limit) {
        char c = view.charAt(at);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (Character.isLowerCase(c) && lexicon.issuerStop().matcher(view).region(at, limit).lookingAt()) {
            return true;
        }
        if (view.startsWith("và ", at) || view.startsWith("và\n", at)) {
            // "Bộ Kế hoạch và Đầu tư" goes on; "của Tỉnh ủy và sự chỉ đạo", "… và Công điện" end
            int next = at + 3;
            return next >= limit || !Character.isUpperCase(view.charAt(next))
                    || lexicon.kindWords().at(view, next) != null;
        }
        // a capitalized kind word opens the next citation: "… của Tỉnh ủy Kế hoạch số …"
        return Character.isUpperCase(c) && lexicon.kindWords().at(view, at) != null;
    }
}
