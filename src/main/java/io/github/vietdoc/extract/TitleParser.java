package io.github.vietdoc.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the titles around a name: after it ({@code , Tỉnh ủy viên, Bí thư Huyện ủy chủ trì},
 * {@code - Bí thư Huyện ủy}) or before it ({@code Chủ tịch UBND tỉnh Nguyễn Văn Bình}). A title opens
 * with a head from the lexicon and ends at a stop word, punctuation, or the next name.
 */
final class TitleParser {
    /** Titles read and the view offset where they end. */
    record Titles(List<String> titles, int end) {
    }

    /** A separator between a name and a title or between two titles: {@code , }, {@code  - }, glued {@code - }. */
    private static final Pattern SEPARATOR = Pattern.compile(" *[,-] *");
    /** A bracket opening titles after a name, and the one closing them. */
    private static final Pattern OPEN_BRACKET = Pattern.compile(" *\\( *");
    private static final Pattern CLOSE_BRACKET = Pattern.compile(" *\\)");
    /** A dash inside a title before a capitalized word: {@code Tài chính - Kế hoạch}. */
    private static final Pattern INNER_DASH = Pattern.compile(" *- *(?=\\p{Lu})");
    /** The next word of a title: {@code  Huyện}, {@code  ủy}, {@code  TT&VH}. */
    private static final Pattern NEXT_WORD = Pattern.compile(" +([\\p{L}\\p{M}\\p{N}&/]+)");
    /** One word of a title: {@code Kế}, {@code TT&VH}. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}&/]+");
    /** A run of white space inside a title: {@code Huyện  ủy}. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A title-case syllable: {@code Huyện}, {@code Thường} (not {@code UBND}). */
    /** A number naming a committee after a title-case word: {@code Ban Chỉ đạo 35}. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Words that tell the time or the tense, not the body: {@code Chủ tịch SOM APEC 2017 hôm nay phát biểu}. */
    private static final Pattern NOT_IN_BODY_NAME = Pattern.compile(
            "[0-9].*|hôm|nay|qua|sáng|chiều|tối|trưa|ngày|tháng|năm|vừa|mới|đã|sẽ|cũng|đang|lại|còn",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How many words may still follow a title's body name before its person's verb. */
    private static final int MAX_REST_WORDS = 6;
    /** The verb of the person a title belongs to, right after the title: {@code chủ trì}, {@code phát biểu}. */
    private static final Pattern ROLE_VERB_AHEAD = Pattern.compile(" +(?:đã +)?(?:đồng chủ trì|chủ trì|chủ tọa|phát biểu"
            + "|cho biết|nhấn mạnh|khẳng định|kết luận|chỉ đạo|yêu cầu|đề nghị|trình bày|báo cáo|khai mạc|truyền đạt"
            + "|làm trưởng đoàn|dẫn đầu|dự)(?![\\p{L}\\p{M}])");
    private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]*");

    private final PeopleLexicon lex = PeopleLexicon.INSTANCE;

    /** Titles following a name that ends at {@code pos}: {@code , Ủy viên Ban TVTU, Chủ tịch Ủy ban MTTQ tỉnh}. */
    Titles after(String text, int pos, IntPredicate nameAt) {
        Titles bracketed = bracketed(text, pos, nameAt);
        if (bracketed != null) {
            return bracketed;
        }
        List<String> titles = new ArrayList<>();
        int p = pos;
        while (true) {
            Matcher sep = SEPARATOR.matcher(text).region(p, text.length());
            if (!sep.lookingAt()) {
                break;
            }
            Matcher head = lex.head.matcher(text).region(sep.end(), text.length());
            if (!head.lookingAt()) {
                break;
            }
            int end = extend(text, head.end(), nameAt);
            end = restOfBodyName(text, end, nameAt);
            titles.add(normalize(text.substring(sep.end(), end)));
            p = end;
        }
        return new Titles(titles, p);
    }

    /**
     * Where a title ends when a few more words run up to the verb of its person: in {@code Trưởng Ban Chỉ đạo
     * các Chương trình MTQG huyện chủ trì hội nghị} the words up to {@code chủ trì} still name the body. Without
     * such a verb right after them the words are left out: they may be anything.
     */
    private int restOfBodyName(String text, int end, IntPredicate nameAt) {
        int p = end;
        for (int words = 0; words < MAX_REST_WORDS; words++) {
            if (ROLE_VERB_AHEAD.matcher(text).region(p, text.length()).lookingAt()) {
                return p;
            }
            Matcher m = NEXT_WORD.matcher(text).region(p, text.length());
            if (!m.lookingAt() || nameAt.test(m.start(1)) || NOT_IN_BODY_NAME.matcher(m.group(1)).matches()
                    || lex.stop.matcher(text).region(m.start(1), text.length()).lookingAt()) {
                return end;
            }
            p = m.end();
        }
        return ROLE_VERB_AHEAD.matcher(text).region(p, text.length()).lookingAt() ? p : end;
    }

    /**
     * The title ending right before {@code nameStart} and starting after {@code from}, or null; a title never runs
     * across another name ({@code nameAt}): {@code Bí thư Huyện ủy A và Chủ tịch UBND huyện B}.
     */
    Titles before(String text, int from, int nameStart, IntPredicate nameAt) {
        Matcher head = lex.head.matcher(text).region(from, nameStart);
        while (head.find()) {
            int end = extend(text, head.end(), i -> i == nameStart || nameAt.test(i));
            if (end < nameStart && text.substring(end, nameStart).isBlank()) {
                return earlierTitles(text, from, head.start(), normalize(text.substring(head.start(), end)));
            }
        }
        return null;
    }

    /**
     * The title before a name with the titles listed before it: {@code Tỉnh ủy viên, Bí thư Huyện ủy} Tạ Quang Vinh.
     * The earlier ones count only when the list opens its clause (or follows {@code đồng chí}); otherwise the
     * title before the comma may be another person's ({@code ông A, Chủ tịch UBND huyện, Bí thư B}).
     */
    private Titles earlierTitles(String text, int from, int start, String last) {
        List<String> titles = new ArrayList<>(List.of(last));
        int chainStart = start;
        List<String> earlier = new ArrayList<>();
        int at = start;
        while (true) {
            int comma = at - 1;
            while (comma > from && text.charAt(comma) == ' ') {
                comma--;
            }
            if (comma <= from || text.charAt(comma) != ',') {
                break;
            }
            int commaAt = comma;
            Matcher h = lex.head.matcher(text).region(Math.max(from, commaAt - EARLIER_TITLE_CHARS), commaAt);
            int found = -1;
            while (h.find()) {
                int e = extend(text, h.end(), i -> i == commaAt);
                if (e <= commaAt && text.substring(e, commaAt).isBlank()) {
                    found = h.start();
                    earlier.add(0, normalize(text.substring(h.start(), e)));
                    break;
                }
            }
            if (found < 0) {
                break;
            }
            at = found;
        }
        String lead = text.substring(Math.max(0, at - 12), at);
        boolean opensClause = at <= 12 && lead.isBlank() || CLAUSE_OPEN.matcher(lead).find();
        if (!earlier.isEmpty() && opensClause) {
            earlier.addAll(titles);
            titles = earlier;
            chainStart = at;
        }
        return new Titles(titles, chainStart);
    }

    /** How far before a comma an earlier title of the same list may start. */
    private static final int EARLIER_TITLE_CHARS = 80;
    /** Where a list of titles before a name may open: a clause start or {@code đồng chí}. */
    private static final Pattern CLAUSE_OPEN = Pattern.compile("(?:[.;:(\\n]|[Đđ]ồng chí|[Ôô]ng|[Bb]à) *$");

    /** The end of a title whose head ends at {@code p}: {@code Phó Chủ tịch| UBND huyện} → after {@code huyện}. */
    int extend(String text, int p, IntPredicate nameAt) {
        String prev = "";
        String last = lastWord(text, p);
        boolean bodyName = false; // a title-case word after the head: the title names a body (Ban Chỉ đạo)
        while (true) {
            Matcher dash = INNER_DASH.matcher(text).region(p, text.length());
            if (dash.lookingAt()) {
                int q = dash.end();
                if (lex.head.matcher(text).region(q, text.length()).lookingAt() || nameAt.test(q)) {
                    return p;
                }
                Matcher w = WORD.matcher(text).region(q, text.length());
                if (!w.lookingAt()) {
                    return p;
                }
                p = w.end();
                prev = w.group();
                last = prev;
                continue;
            }
            Matcher m = NEXT_WORD.matcher(text).region(p, text.length());
            if (!m.lookingAt()) {
                return p;
            }
            int ws = m.start(1);
            String w = m.group(1);
            if (nameAt.test(ws)) {
                return p;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            // a stop word written title-case names a body: Trưởng Ban Chỉ đạo, Chủ nhiệm Ủy ban Kiểm tra
            boolean inName = TITLE_CASE.matcher(w).matches();
            if (lex.stop.matcher(text).region(ws, text.length()).lookingAt() && !inName) {
                boolean andCapital = lower.equals("và") && m.end() + 1 < text.length()
                        && text.charAt(m.end()) == ' ' && Character.isUpperCase(text.charAt(m.end() + 1));
                if (!andCapital) {
                    return p;
                }
            } else if (!Character.isUpperCase(w.charAt(0)) && !lex.tailWords.contains(lower)
                    && !(DIGITS.matcher(w).matches() && bodyName && !DIGITS.matcher(prev).matches())
                    && !TITLE_CASE.matcher(prev).matches()) {
                return p;
            }
            p = m.end();
            prev = w;
            last = w;
            bodyName |= TITLE_CASE.matcher(w).matches();
        }
    }

    /** Titles in brackets after a name: {@code Hoàng Văn Hùng (Bí thư Huyện ủy)}; null unless the bracket closes on them. */
    private Titles bracketed(String text, int pos, IntPredicate nameAt) {
        Matcher open = OPEN_BRACKET.matcher(text).region(pos, text.length());
        if (!open.lookingAt() || !lex.head.matcher(text).region(open.end(), text.length()).lookingAt()) {
            return null;
        }
        List<String> titles = new ArrayList<>();
        int p = open.end();
        Matcher head = lex.head.matcher(text).region(p, text.length());
        head.lookingAt();
        int end = extend(text, head.end(), nameAt);
        titles.add(normalize(text.substring(p, end)));
        Titles rest = after(text, end, nameAt);
        titles.addAll(rest.titles());
        Matcher close = CLOSE_BRACKET.matcher(text).region(rest.end(), text.length());
        return close.lookingAt() ? new Titles(titles, close.end()) : null;
    }

    /** The word ending at {@code p}: {@code Ban} in {@code Trưởng Ban}. */
    private static String lastWord(String text, int p) {
        int s = p;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || Character.getType(text.charAt(s - 1)) == Character.NON_SPACING_MARK)) {
            s--;
        }
        return text.substring(s, p);
    }

    static String normalize(String title) {
        return SPACES.matcher(title.strip()).replaceAll(" ");
    }
}
