package io.github.vietdoc.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of an administrative document laid out as Decree 30/2020/NĐ-CP and Guidance 36-HD/VPTW
 * lay it out: the issuing body (left column, in capitals), the motto (right column), the number and symbol,
 * the place and date, the subject ({@code V/v …}, or the title under a kind heading such as
 * {@code QUYẾT ĐỊNH}) and the {@code Kính gửi} list. Pieces are read in order and each is recognized by its
 * own form, so the column order that PDF extraction or a flattened table left does not matter. The header
 * ends at the first body paragraph, after the {@code Kính gửi} list, or at the footer. One instance per
 * document; linear in the number of pieces.
 */
final class LetterHeaderParser {
    /** The header is within the first pieces; a document whose header is further down has none. */
    private static final int MAX_HEADER_PIECES = 60;
    /** Pieces scanned for a first header element before giving up (a page title, breadcrumbs). */
    private static final int MAX_LEAD_PIECES = 12;
    /** An issuer line in capitals is a name, not a sentence. */
    private static final int MAX_ISSUER_WORDS = 15;
    /** An issuer line not in capitals ({@code Ủy ban nhân dân tỉnh Hậu Giang}, styled by CSS) is shorter. */
    private static final int MAX_MIXED_ISSUER_WORDS = 10;
    /** Pieces after an issuer line in mixed case within which the rest of the header must show. */
    private static final int ISSUER_LOOKAHEAD = 3;
    /** Lines a {@code V/v} subject may run on to. */
    private static final int MAX_SUBJECT_CONTINUATIONS = 3;
    /** Lines of a title under a kind heading. */
    private static final int MAX_TITLE_LINES = 4;
    /** A subject or title line is at most this long; longer is body text. */
    private static final int MAX_TITLE_LINE_WORDS = 40;
    /** A header line is at most this long; a longer one is the first body paragraph. */
    private static final int MAX_HEADER_LINE_WORDS = 20;
    /** A {@code Kính gửi} or {@code Nơi nhận} entry is at most this long. */
    static final int MAX_ITEM_WORDS = 25;
    /** A line continuing an open entry is at most this long. */
    static final int MAX_CONTINUATION_WORDS = 12;

    /**
     * The number-and-symbol line, on the key: {@code SỐ: 512/UBND-TH}, {@code SỐ 334 - CV/HU},
     * {@code SỐ: 18/2023/NQ-HĐND}, {@code SỐ: 2087/QĐUBND}, {@code SỐ: /UBND-TH}, {@code SỐ   -CV/HU} (a number left blank).
     */
    private static final Pattern NUMBER_LINE = Pattern.compile("^SỐ *[:.]? *(?<n>" + numberToken() + ")");
    /** {@code Số:} alone, the number being on the next line. */
    private static final Pattern NUMBER_ALONE = Pattern.compile("^SỐ *[:.]?$");
    /** The number on the line after {@code Số:}: {@code 18/2023/NQ-HĐND}. */
    private static final Pattern NUMBER_TOKEN = Pattern.compile("^(?<n>" + numberToken() + ")");
    /** Spaces around the separators of a number: {@code 334 - CV/HU} → {@code 334-CV/HU}. */
    private static final Pattern NUMBER_SPACES = Pattern.compile(" *([-/]) *");
    /** The recipients cue, on the key: {@code KÍNH GỬI:}. */
    private static final Pattern KINH_GUI = Pattern.compile("^KÍNH GỬI *[:.]? *");
    /** The recipients cue of a công điện, the sender in capitals then {@code điện:}: {@code CHỦ TỊCH UBND TỈNH điện:}. */
    private static final Pattern DIEN = Pattern.compile("^(?<sender>[^:]{2,120}) +ĐIỆN *: *");
    /** The subject cue of a letter, on the key: {@code V/V}, {@code V/V:}, {@code VỀ VIỆC}. */
    private static final Pattern SUBJECT_CUE = Pattern.compile("^(?:V */ *V|V\\.V\\.?|VỀ VIỆC)(?![\\p{L}\\p{N}]) *[:.,]? *");
    /** The distribution cue, on the key: {@code NƠI NHẬN:}. */
    static final Pattern NOI_NHAN = Pattern.compile("^NƠI NHẬN *[:.]? *");
    /** A numbered item opening the body: {@code 1. Quán triệt}, {@code I- MỤC ĐÍCH}, {@code a) Các sở}. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[0-9]{1,2}|[IVXLC]{1,5}|[A-Za-zĐđ])[.)/-] ");
    /** Openings of a body paragraph or a preamble, on the key: {@code CĂN CỨ LUẬT …}, {@code THỰC HIỆN …}. */
    private static final Pattern BODY_OPENING = Pattern.compile("^(?:CĂN CỨ|XÉT|THỰC HIỆN|THEO|TIẾP THEO|NGÀY|HÔM NAY"
            + "|VỪA QUA|TRONG|ĐỂ|NHẰM|TRƯỚC|SAU|ĐƯỢC SỰ|QUA)(?![\\p{L}\\p{N}])");
    /** Body openings are sentences: a line that short is a title ({@code Thực hiện Nghị quyết số 25-NQ/HU}). */
    private static final int MIN_BODY_OPENING_WORDS = 12;
    /** A date line cut before its year: {@code Lục Ngạn, ngày 20 tháng 6 năm} / {@code 2021}. */
    private static final Pattern DATE_OPENING = Pattern.compile("(?:^|, *)NGÀY(?![\\p{L}])");
    /** A title opens after the kind heading; {@code Về việc} is dropped like {@code V/v}: {@code Về việc phê duyệt …}. */
    private static final Pattern TITLE_CUE = Pattern.compile("^(?:VỀ VIỆC|V */ *V)(?![\\p{L}\\p{N}]) *[:.,]? *");

    /** What the header holds; {@code end} is the index of the first piece after it. */
    record Header(List<String> issuers, String number, PlaceDateParser.PlaceDate placeDate, String subject,
                  List<String> recipients, boolean motto, int end) {
        /**
         * No element that only a letter header has: issuer lines alone may be a headline in capitals, a
         * subject alone a sentence that opens like a title, and a date without its place a page stamp.
         */
        boolean isEmpty() {
            return number == null && (placeDate == null || placeDate.place() == null) && recipients.isEmpty() && !motto;
        }
    }

    private final LetterLexicon lex;
    private final List<LetterPiece> pieces;
    private final List<String> issuerLines = new ArrayList<>();
    private boolean issuersOpen = true;
    private boolean numberPending;
    private String number;
    private PlaceDateParser.PlaceDate placeDate;
    private String subject;
    private List<String> recipients = List.of();
    private boolean motto;
    private boolean found;
    private int stop = -1;

    LetterHeaderParser(LetterLexicon lex, List<LetterPiece> pieces) {
        this.lex = lex;
        this.pieces = pieces;
    }

    private static String numberToken() {
        return "[0-9/-][\\p{L}\\p{N}./-]*(?: *[-/] *[\\p{L}\\p{N}][\\p{L}\\p{N}.]*)*";
    }

    Header parse() {
        int limit = Math.min(pieces.size(), MAX_HEADER_PIECES);
        int i = 0;
        while (i < limit && stop < 0) {
            i = handle(pieces.get(i), i);
        }
        int end = stop >= 0 ? stop : i;
        return new Header(IssuerGrouper.group(lex, issuerLines), number, placeDate, subject, recipients, motto, end);
    }

    /** Reads piece {@code p} (piece {@code i}, or a part of it) and returns the index of the next piece to read. */
    private int handle(LetterPiece p, int i) {
        String key = p.key();
        if (lex.isMotto(key) || lex.isMark(key)) {
            motto |= lex.isMotto(key);
            return i + 1;
        }
        if (numberPending) {
            numberPending = false;
            Matcher t = NUMBER_TOKEN.matcher(key);
            if (t.lookingAt() && hasLetter(t.group("n"))) {
                number = cleanNumber(p.text().substring(t.start("n"), t.end("n")));
                return rest(p, t.end(), i);
            }
        }
        Matcher n = NUMBER_LINE.matcher(key);
        if (n.lookingAt() && hasLetter(n.group("n"))) {
            found = true;
            issuersOpen = false;
            if (number == null) {
                number = cleanNumber(p.text().substring(n.start("n"), n.end("n")));
            }
            return rest(p, n.end(), i);
        }
        if (NUMBER_ALONE.matcher(key).matches()) {
            found = true;
            issuersOpen = false;
            numberPending = number == null;
            return i + 1;
        }
        Matcher kg = KINH_GUI.matcher(key);
        if (kg.lookingAt()) {
            found = true;
            issuersOpen = false;
            stop = readRecipients(p.text().substring(kg.end()), i + 1);
            return stop;
        }
        Matcher dien = DIEN.matcher(key);
        if (dien.lookingAt() && LetterPiece.isCaps(p.text().substring(0, dien.end("sender")))) {
            found = true;
            issuersOpen = false;
            stop = readRecipients(p.text().substring(dien.end()), i + 1);
            return stop;
        }
        if (isFooter(p)) {
            stop = i;
            return i;
        }
        Matcher vv = SUBJECT_CUE.matcher(key);
        if (vv.lookingAt() && p.words() <= MAX_TITLE_LINE_WORDS && !isSentence(p)) {
            found = true;
            issuersOpen = false;
            return subject == null ? readSubject(p.rest(vv.end()), i) : i + 1;
        }
        if (lex.kindHeading.matcher(key).matches() && (found || p.isCaps())) {
            found = true;
            issuersOpen = false;
            return subject == null ? readTitle(null, i + 1) : i + 1;
        }
        Matcher kt = lex.kindThenTitle.matcher(key);
        if (kt.lookingAt() && LetterPiece.isCaps(p.text().substring(0, kt.end()))
                && Character.isLowerCase(p.text().charAt(kt.end())) && p.words() <= MAX_TITLE_LINE_WORDS) {
            found = true;
            issuersOpen = false;
            return subject == null ? readTitle(p.rest(kt.end()), i + 1) : i + 1;
        }
        if (placeDate == null) {
            int next = readPlaceDate(p, i);
            if (next >= 0) {
                return next;
            }
        }
        if (issuersOpen && isIssuerLine(p, i)) {
            issuerLines.add(p.text());
            found = true;
            return i + 1;
        }
        if (!issuerLines.isEmpty()) {
            issuersOpen = false;
        }
        if (found ? isBody(p) : i >= MAX_LEAD_PIECES) {
            stop = i;
            return i;
        }
        return i + 1;
    }

    /** Reads what follows a recognized element on the same piece ({@code Số: 125/SYT-NV Hậu Giang, ngày …}). */
    private int rest(LetterPiece p, int offset, int i) {
        LetterPiece r = p.rest(offset);
        return r.isEmpty() ? i + 1 : handle(r, i);
    }

    private int readPlaceDate(LetterPiece p, int i) {
        PlaceDateParser.PlaceDate pd = PlaceDateParser.parse(p.text(), p.key(), false);
        int next = i + 1;
        if (pd == null && p.words() <= MAX_CONTINUATION_WORDS && DATE_OPENING.matcher(p.key()).find()
                && i + 1 < pieces.size() && pieces.get(i + 1).words() <= MAX_CONTINUATION_WORDS / 2) {
            pd = PlaceDateParser.parse(p.text() + " " + pieces.get(i + 1).text(), false);
            next = i + 2;
        }
        if (pd == null) {
            return -1;
        }
        placeDate = pd;
        found = true;
        if (!pd.before().isEmpty()) {
            // the issuer column flattened before the place: HUYỆN ỦY LỤC NGẠN Lục Ngạn, ngày …
            handle(LetterPiece.of(pd.before(), p.line(), false), i);
        }
        return next;
    }

    /** The {@code V/v} subject: the rest of its line and the lines it runs on to, up to the next header element. */
    private int readSubject(LetterPiece first, int i) {
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        LetterPiece q = first;
        for (int taken = 0; ; taken++) {
            String text = q.text();
            PlaceDateParser.PlaceDate pd = placeDate == null ? PlaceDateParser.parse(text, true) : null;
            if (pd != null) {
                placeDate = pd;
                text = pd.before();
            }
            append(sb, text);
            if (pd != null || taken >= MAX_SUBJECT_CONTINUATIONS || j >= pieces.size()) {
                break;
            }
            LetterPiece next = pieces.get(j);
            if (next.blankBefore() || next.isBullet() || next.words() > MAX_TITLE_LINE_WORDS || isSentence(next)
                    || isBodyOpening(next) || isElement(next)) {
                break;
            }
            q = next;
            j++;
        }
        subject = sb.isEmpty() ? null : sb.toString();
        return j;
    }

    /**
     * The title under a kind heading: {@code QUYẾT ĐỊNH} / {@code Về việc phê duyệt …} → {@code phê duyệt …}.
     * {@code first} is a title line found on the heading's own line, or null.
     */
    private int readTitle(LetterPiece first, int from) {
        List<String> lines = new ArrayList<>();
        if (first != null) {
            lines.add(first.text());
        }
        boolean capsTitle = false;
        int j = from;
        for (; j < pieces.size() && lines.size() < MAX_TITLE_LINES; j++) {
            LetterPiece q = pieces.get(j);
            if (lex.isMotto(q.key()) || lex.isMark(q.key())) {
                if (lines.isEmpty()) {
                    continue;
                }
                break;
            }
            boolean caps = q.isCaps();
            if (!lines.isEmpty() && (q.blankBefore() || caps && !capsTitle)
                    || isElement(q) && !TITLE_CUE.matcher(q.key()).lookingAt()
                    || q.isBullet() || isBodyOpening(q) || q.words() > MAX_TITLE_LINE_WORDS || endsClause(q.text())
                    || isSentence(q)
                    || caps && (lex.opensWithBody(q.key()) || lex.position.matcher(q.key()).lookingAt())) {
                break;
            }
            if (lines.isEmpty()) {
                capsTitle = caps;
            }
            lines.add(q.text());
        }
        if (!lines.isEmpty()) {
            String title = String.join(" ", lines);
            Matcher cue = TITLE_CUE.matcher(LetterLexicon.key(title));
            subject = cue.lookingAt() ? title.substring(cue.end()).strip() : title;
            if (subject.isEmpty()) {
                subject = null;
            }
        }
        return j;
    }

    /**
     * The {@code Kính gửi} list: its entries open with bullets, or stand one a line closed by {@code ;} or
     * {@code ,}; a line after an open entry continues it. It ends at a blank line before a line that is not a
     * bullet, at a header element, or at body text.
     */
    private int readRecipients(String inline, int from) {
        List<String> raw = new ArrayList<>(LetterItems.split(inline.strip()));
        int j = from;
        for (; j < pieces.size(); j++) {
            LetterPiece q = pieces.get(j);
            if (q.blankBefore() && !raw.isEmpty() && !q.isBullet() || isElement(q)) {
                break;
            }
            if (q.isBullet()) {
                raw.addAll(LetterItems.split(q.text()));
                continue;
            }
            if (isBody(q) || q.words() > MAX_ITEM_WORDS) {
                break;
            }
            if (raw.isEmpty()) {
                raw.addAll(LetterItems.split(q.text()));
                continue;
            }
            String last = raw.get(raw.size() - 1);
            char end = LetterItems.end(last);
            if (end == ';' || end == ',') {
                raw.addAll(LetterItems.split(q.text()));
            } else if (!LetterItems.isClosed(last) && q.words() <= MAX_CONTINUATION_WORDS) {
                raw.set(raw.size() - 1, last + " " + q.text());
            } else {
                break;
            }
        }
        recipients = LetterItems.clean(raw);
        return j;
    }

    /** A line in capitals at the top, or a body name styled in mixed case: {@code Ủy ban nhân dân tỉnh Hậu Giang}. */
    private boolean isIssuerLine(LetterPiece p, int i) {
        if (p.isBullet() || endsClause(p.text()) || p.text().endsWith(".") || !Character.isLetter(p.text().charAt(0))) {
            return false;
        }
        if (lex.kindThenTitle.matcher(p.key()).lookingAt()) {
            return false; // a page title in capitals: CÔNG VĂN SỐ 512/UBND-TH …
        }
        if (p.isCaps()) {
            return p.words() <= MAX_ISSUER_WORDS && !lex.position.matcher(p.key()).lookingAt();
        }
        return p.words() <= MAX_MIXED_ISSUER_WORDS && Character.isUpperCase(p.text().charAt(0))
                && lex.bodyHead.matcher(p.key()).lookingAt() && !hasDigitOrQuestion(p.text()) && headerFollows(i);
    }

    /**
     * A header line follows piece {@code i} closely (the number, the motto, another line in capitals): what
     * tells a body name in mixed case from a headline that opens with one ({@code Bộ trưởng … đến Hà Nội}).
     */
    private boolean headerFollows(int i) {
        for (int j = i + 1; j < pieces.size() && j <= i + ISSUER_LOOKAHEAD; j++) {
            LetterPiece q = pieces.get(j);
            String key = q.key();
            if (lex.isMotto(key) || NUMBER_LINE.matcher(key).lookingAt() || NUMBER_ALONE.matcher(key).matches()
                    || q.isCaps() && q.words() <= MAX_ISSUER_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitOrQuestion(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isDigit(c) || c == '?' || c == '!' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** A piece that is some header or footer element, which ends a subject, a title or a list. */
    private boolean isElement(LetterPiece q) {
        String key = q.key();
        return lex.isMotto(key) || lex.isMark(key)
                || NUMBER_LINE.matcher(key).lookingAt() || NUMBER_ALONE.matcher(key).matches()
                || KINH_GUI.matcher(key).lookingAt() || SUBJECT_CUE.matcher(key).lookingAt()
                || lex.kindHeading.matcher(key).matches() || isFooter(q)
                || PlaceDateParser.parse(q.text(), q.key(), false) != null;
    }

    /** The footer starts: {@code Nơi nhận:}, or an authority line in capitals ({@code KT. CHỦ TỊCH}). */
    private boolean isFooter(LetterPiece q) {
        return NOI_NHAN.matcher(q.key()).lookingAt() || q.isCaps() && lex.authority.matcher(q.key()).lookingAt();
    }

    /** The first body paragraph: long, numbered, or opening like a preamble or a sentence. */
    private static boolean isBody(LetterPiece q) {
        return q.words() > MAX_HEADER_LINE_WORDS || isBodyOpening(q);
    }

    /** A numbered item, or a sentence opening like a preamble ({@code Căn cứ Luật …}). */
    private static boolean isBodyOpening(LetterPiece q) {
        return NUMBERED.matcher(q.text()).lookingAt()
                || q.words() >= MIN_BODY_OPENING_WORDS && BODY_OPENING.matcher(q.key()).lookingAt();
    }

    /** A long line closed by a period is a sentence of the body, not a title. */
    private static boolean isSentence(LetterPiece q) {
        return q.text().endsWith(".") && q.words() > MAX_HEADER_LINE_WORDS;
    }

    private static boolean endsClause(String text) {
        return text.endsWith(":") || text.endsWith(";");
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String cleanNumber(String raw) {
        String n = NUMBER_SPACES.matcher(raw.strip()).replaceAll("$1");
        int end = n.length();
        while (end > 0 && (n.charAt(end - 1) == '.' || n.charAt(end - 1) == '-' || n.charAt(end - 1) == '/')) {
            end--;
        }
        return n.substring(0, end);
    }

    private static void append(StringBuilder sb, String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t);
        }
    }
}
