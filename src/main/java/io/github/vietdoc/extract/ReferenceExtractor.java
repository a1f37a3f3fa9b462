package io.github.vietdoc.extract;

import io.github.vietdoc.model.Reference;
import io.github.vietdoc.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the other documents a text cites, one entry per document in order of first mention.
 *
 * <p>A citation is a kind word with a number: {@code Nghị quyết số 245/2020/NQ-HĐND ngày 31/3/2020 của
 * Hội đồng nhân dân tỉnh}, {@code Chỉ thị 16 của Thủ tướng Chính phủ}, {@code Kết luận thanh tra số 2344},
 * {@code Công văn (số 118/TTg-KTN)}, {@code Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13},
 * {@code các Nghị quyết số 12-NQ/TU, 13-NQ/TU}; or a number whose symbol names the kind with no kind
 * word before it ({@code theo 25-NQ/HU}). The kind comes from the word, else from the symbol. A bare
 * number right after the word counts only for the kinds that are cited that way and not when a unit
 * follows ({@code Kế hoạch 5 năm}, {@code quyết định 3 nội dung}). The document's own number (the
 * {@code Số 334 - CV/HU} line of its header) is not a reference. Mentions of one document
 * ({@code 105/TU}, {@code 105/KL/TU}) are merged, keeping the fullest number, a date and an issuer.
 */
public final class ReferenceExtractor {
    /** The header of an administrative document, where its own number line stands. */
    private static final int HEADER_CHARS = 1500;
    /** Most words of a title between a kind word and "số": {@code Luật Ban hành văn bản quy phạm pháp luật số}. */
    private static final int MAX_TITLE_WORDS = 16;

    /** The document's own number line: {@code Số 334 - CV/HU}, {@code Số: 512/UBND-TH}, {@code | Số: 12/QĐ-UBND}. */
    private static final Pattern OWN_NUMBER_LINE = Pattern.compile("(?m)^[ |*]*(?:Số|SỐ) ?:? ?(?=[0-9])");
    /** What may not stand right before a number of its own: the inside of a number or symbol. */
    private static final String NOT_BEFORE_NUMBER = "/.,-";
    /** "số" just before a digit: {@code Cáo trạng số 08/CT-VKSTC}. */
    private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile("(?:[Ss]ố|SỐ) ?:? ?\\z");
    /** A number right after the kind word: {@code Chỉ thị 16}, {@code Nghị định 100/2019/NĐ-CP}. */
    private static final Pattern DIRECT_LEAD = Pattern.compile("(?: |\\n)(?=[0-9])");
    /** The next number of a list: {@code , 13-NQ/TU}, {@code  và số 13}, {@code ; số 7}. */
    private static final Pattern LIST_LEAD = Pattern.compile("(?iu)(?:, và |, ?| và | hoặc |; ?)"
            + "(?<so>số ?:? ?)?(?=[0-9])");
    /** "số" before a number, inside a title: {@code … pháp luật số 80/2015/QH13}. */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?iu)số(?: ?: ?| |\\n)(?=[0-9])");
    /** A word of a title between a kind word and "số": letters only. */
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /** The space after a word of a title; a blank line ends the title. */
    private static final Pattern TITLE_GAP = Pattern.compile("(?: |\\n)(?!\\n)");
    /** In a law's name a comma may stand too: {@code Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số …}. */
    private static final Pattern NAME_GAP = Pattern.compile(",? (?!\\n)|\\n(?!\\n)");
    /**
     * A year after a bare number makes it a document of that year, not a count: {@code Nghị quyết 15 năm 2020};
     * a period is a count: {@code Kế hoạch 5 năm 2021-2025}.
     */
    private static final Pattern YEAR_AFTER = Pattern.compile(" năm (?:19|20)[0-9]{2}(?![0-9])(?! ?- ?[0-9])");

    private final ReferenceLexicon lexicon = new ReferenceLexicon();
    private final CitationTail tail = new CitationTail(lexicon);
    /** "số" after the kind word and at most two modifiers: {@code  số }, {@code  thanh tra số: }, {@code  (số }. */
    private final Pattern numberLead = Pattern.compile("(?iu)(?: |\\n)(?<paren>\\()?(?:"
            + lexicon.modifiers() + "(?: |\\n)){0,2}số(?: ?: ?| |\\n)(?=[0-9])");

    public List<Reference> extract(ExtractionContext ctx) {
        return extract(ctx, null);
    }

    /**
     * As {@link #extract(ExtractionContext)}, leaving out {@code ownNumber} too: the number the letter
     * header gave ({@code 24/2023/NQ-HĐND}), found in whatever layout the header was split.
     */
    public List<Reference> extract(ExtractionContext ctx, String ownNumber) {
        String view = ctx.doc().text();
        List<CitedDocument> found = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        int coveredEnd = 0;
        for (KindWords.Match kw = lexicon.kindWords().find(view, 0); kw != null;
                kw = lexicon.kindWords().find(view, kw.end())) {
            if (kw.start() < coveredEnd) {
                continue;
            }
            List<CitedDocument> cites = citation(view, kw);
            if (!cites.isEmpty()) {
                coveredEnd = cites.get(cites.size() - 1).end;
                covered.add(new int[] {kw.start(), coveredEnd});
                found.addAll(cites);
            }
        }
        found.addAll(symbolsAlone(view, covered));
        found.sort(Comparator.comparingInt(f -> f.start));
        List<CitedDocument> own = ownNumbers(view);
        ReferenceNumber letterNumber = ownNumber == null ? null : ReferenceNumber.parse(ownNumber, 0, lexicon);
        List<CitedDocument> merged = new ArrayList<>();
        Map<String, List<CitedDocument>> byNumber = new HashMap<>();
        for (CitedDocument f : found) {
            if (own.stream().anyMatch(o -> o.kind.equals(f.kind) && o.number.sameDocumentAs(f.number))
                    || (letterNumber != null && letterNumber.sameDocumentAs(f.number))) {
                continue;
            }
            List<CitedDocument> candidates = byNumber.computeIfAbsent(f.number.key(), k -> new ArrayList<>());
            CitedDocument same = candidates.stream().filter(r -> r.sameDocumentAs(f)).findFirst().orElse(null);
            if (same == null) {
                merged.add(f);
                candidates.add(f);
            } else {
                same.absorb(f);
            }
        }
        List<Reference> out = new ArrayList<>();
        for (CitedDocument r : merged) {
            Span span = ctx.doc().span(r.start, r.end);
            out.add(new Reference(r.kind, r.number.text(), r.date, r.issuer, span.start(), span.end(), span.text()));
        }
        return out;
    }

    /** The citations a kind word opens (several for a list), or none. */
    private List<CitedDocument> citation(String view, KindWords.Match kw) {
        ReferenceLexicon.KindWord word = kw.word();
        boolean capitalized = Character.isUpperCase(view.charAt(kw.start()));
        ReferenceNumber first;
        boolean paren = false;
        int[] title = null;
        Matcher lead = numberLead.matcher(view).region(kw.end(), view.length());
        Matcher direct = DIRECT_LEAD.matcher(view).region(kw.end(), view.length());
        if (lead.lookingAt()) {
            paren = lead.group("paren") != null;
            first = ReferenceNumber.parse(view, lead.end(), lexicon);
            if (first != null && !first.hasSymbolOrYear() && first.continuesInto(view)) {
                first = null;
            }
        } else if (direct.lookingAt()) {
            first = ReferenceNumber.parse(view, direct.end(), lexicon);
            if (first != null && !first.hasSymbolOrYear() && !bareCitation(view, word, capitalized, first)) {
                first = null;
            }
        } else {
            title = new int[2];
            first = afterTitle(view, kw.end(), word, title);
        }
        // a year range is a period: Kế hoạch 2016/2020
        if (first == null || (first.looksLikeYear() && first.year() != null && !first.hasSymbol())) {
            return List.of();
        }
        boolean digitsOnly = !first.hasSymbolOrYear();
        List<CitedDocument> members = new ArrayList<>();
        ReferenceNumber n = first;
        int memberStart = kw.start();
        while (true) {
            CitedDocument f = member(view, memberStart, n, kindOf(word, n));
            if (paren && f.end < view.length() && view.charAt(f.end) == ')') {
                f.end++;
                paren = false;
            }
            members.add(f);
            Matcher list = LIST_LEAD.matcher(view).region(f.end, view.length());
            if (!list.lookingAt()) {
                break;
            }
            ReferenceNumber next = ReferenceNumber.parse(view, list.end(), lexicon);
            boolean viaNumberWord = list.group("so") != null;
            if (next == null || (!next.hasSymbolOrYear() && (next.continuesInto(view)
                    || !(viaNumberWord || digitsOnly && bareCitation(view, word, capitalized, next))))) {
                break;
            }
            memberStart = viaNumberWord ? list.start("so") : list.end();
            n = next;
        }
        CitedDocument last = members.get(members.size() - 1);
        CitationTail.Issuer issuer = tail.issuer(view, last.end);
        if (issuer == null && title != null && view.startsWith("của ", title[0])) {
            issuer = tail.issuerAt(view, title[0] + "của ".length(), title[1]);
            issuer = issuer == null ? null : new CitationTail.Issuer(last.end, issuer.name());
        }
        if (issuer != null) {
            for (CitedDocument f : members) {
                f.issuer = issuer.name();
            }
            last.end = issuer.end();
            if (last.date == null) {
                CitationTail.Date date = CitationTail.date(view, last.end, last.number.year());
                if (date != null) {
                    last.date = date.iso();
                    last.end = date.end();
                }
            }
        }
        return members;
    }

    /** One number with the date that follows it, or the year ({@code Nghị định 43 năm 2014}). */
    private static CitedDocument member(String view, int start, ReferenceNumber n, String kind) {
        CitationTail.Date date = CitationTail.date(view, n.end(), n.year());
        if (date != null) {
            return new CitedDocument(start, date.end(), kind, n, date.iso());
        }
        Matcher year = YEAR_AFTER.matcher(view).region(n.end(), view.length());
        return new CitedDocument(start, year.lookingAt() ? year.end() : n.end(), kind, n, null);
    }

    /**
     * A number after a title that ends in "số": {@code Luật Đất đai số 45/2013/QH13},
     * {@code Quyết định của UBND tỉnh số 12/QĐ-UBND}. The number must carry a symbol or year whose kind, if
     * any, is the word's; no other kind word may stand in the title (for laws, no capitalized one:
     * {@code pháp luật} is part of a law's name). {@code title} receives the title's range.
     */
    private ReferenceNumber afterTitle(String view, int pos, ReferenceLexicon.KindWord word, int[] title) {
        Matcher gap = TITLE_GAP.matcher(view).region(pos, view.length());
        if (!gap.lookingAt()) {
            return null;
        }
        int at = gap.end();
        title[0] = at;
        for (int words = 0; words <= MAX_TITLE_WORDS && at < view.length(); words++) {
            Matcher so = NUMBER_WORD.matcher(view).region(at, view.length());
            if (words > 0 && so.lookingAt()) {
                ReferenceNumber n = ReferenceNumber.parse(view, so.end(), lexicon);
                if (n == null || !n.hasSymbolOrYear()
                        || (n.kindCode() != null && word.code() != null && !n.kindCode().equals(word.code()))) {
                    return null;
                }
                title[1] = at;
                return n;
            }
            boolean kindWord = lexicon.kindWords().at(view, at) != null;
            if (kindWord && (!word.titled() || Character.isUpperCase(view.charAt(at)))) {
                return null;
            }
            Matcher w = TITLE_WORD.matcher(view).region(at, view.length());
            if (!w.lookingAt()) {
                return null;
            }
            gap = (word.titled() ? NAME_GAP : TITLE_GAP).matcher(view).region(w.end(), view.length());
            if (!gap.lookingAt()) {
                return null;
            }
            at = gap.end();
        }
        return null;
    }

    /**
     * Whether a number with neither "số" nor a symbol after the kind word is a citation ({@code Chỉ thị 16})
     * rather than a quantity or a year ({@code Kế hoạch 5 năm}, {@code kết luận 3 vấn đề}, {@code Kế hoạch 2021}).
     */
    private boolean bareCitation(String view, ReferenceLexicon.KindWord word, boolean capitalized, ReferenceNumber n) {
        if (word.bare() == ReferenceLexicon.Bare.NO || (word.bare() == ReferenceLexicon.Bare.CAPITALIZED && !capitalized)
                || n.looksLikeYear() || n.continuesInto(view)) {
            return false;
        }
        int end = n.end();
        if (end >= view.length() || view.charAt(end) != ' ') {
            return true;
        }
        if (CitationTail.date(view, end, null) != null || YEAR_AFTER.matcher(view).region(end, view.length()).lookingAt()) {
            return true;
        }
        return !lexicon.count().matcher(view).region(end + 1, view.length()).lookingAt();
    }

    /** The word's kind code; for a word that names none ({@code văn bản}), the symbol's, else a công văn. */
    private static String kindOf(ReferenceLexicon.KindWord word, ReferenceNumber n) {
        if (word.code() != null) {
            return word.code();
        }
        return n.kindCode() != null ? n.kindCode() : "CV";
    }

    /** Numbers whose symbol names the kind, with no kind word before them: {@code theo 25-NQ/HU}. */
    private List<CitedDocument> symbolsAlone(String view, List<int[]> covered) {
        List<CitedDocument> out = new ArrayList<>();
        int next = 0;
        int c = 0;
        for (int pos = 0; pos < view.length(); pos++) {
            if (!opensNumber(view, pos)) {
                continue;
            }
            while (c < covered.size() && covered.get(c)[1] <= pos) {
                c++;
            }
            if (pos < next || (c < covered.size() && covered.get(c)[0] <= pos)) {
                continue;
            }
            ReferenceNumber n = ReferenceNumber.parse(view, pos, lexicon);
            if (n == null || n.kindCode() == null || n.parts().size() < 2) {
                continue;
            }
            CitedDocument f = member(view, pos, n, n.kindCode());
            CitationTail.Issuer issuer = tail.issuer(view, f.end);
            if (issuer != null) {
                f.issuer = issuer.name();
                f.end = issuer.end();
            }
            out.add(f);
            next = f.end;
        }
        return out;
    }

    /**
     * Whether a digit at {@code pos} may open a number of its own ({@code theo 25-NQ/HU}): not inside a word,
     * a number or a symbol, and not after "số", which a kind word would have claimed:
     * {@code Cáo trạng số 08/CT-VKSTC} is an indictment, not a Chỉ thị.
     */
    private static boolean opensNumber(String view, int pos) {
        char c = view.charAt(pos);
        if (c < '0' || c > '9') {
            return false;
        }
        if (pos > 0) {
            char before = view.charAt(pos - 1);
            if (Character.isLetterOrDigit(before) || Character.getType(before) == Character.NON_SPACING_MARK
                    || NOT_BEFORE_NUMBER.indexOf(before) >= 0) {
                return false;
            }
        }
        return !NUMBER_WORD_BEFORE.matcher(view).region(Math.max(0, pos - 6), pos).find();
    }

    /** The document's own numbers: the {@code Số …} lines of its header. */
    private List<CitedDocument> ownNumbers(String view) {
        List<CitedDocument> out = new ArrayList<>();
        Matcher m = OWN_NUMBER_LINE.matcher(view).region(0, Math.min(view.length(), HEADER_CHARS));
        while (m.find()) {
            ReferenceNumber n = ReferenceNumber.parse(view, m.end(), lexicon);
            if (n != null && n.hasSymbol()) {
                out.add(new CitedDocument(m.start(), n.end(), n.kindCode() != null ? n.kindCode() : "CV", n, null));
            }
        }
        return out;
    }
}
