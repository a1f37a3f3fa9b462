package io.github.vietdoc.extract;

import io.github.vietdoc.model.Reference;
import io.github.vietdoc.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    private static final int MAX_TITLE_WORDS = 12;

    /** The document's own number line: {@code Số 334 - CV/HU}, {@code Số: 512/UBND-TH}, {@code | Số: 12/QĐ-UBND}. */
    private static final Pattern OWN_NUMBER_LINE = Pattern.compile("(?m)^[ |*]*(?:Số|SỐ) ?:? ?(?=[0-9])");
    /**
     * A digit that may open a number of its own ({@code theo 25-NQ/HU}): not inside a word, a number or a
     * symbol, and not after "số", which a kind word would have claimed: {@code Cáo trạng số 08/CT-VKSTC}
     * is an indictment, not a Chỉ thị.
     */
    private static final Pattern NUMBER_START = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}/.,-])"
            + "(?<!(?:[Ss]ố|SỐ) ?:? ?)[0-9]");
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

    /** One mention of a document: where it is in the view and what it says. Mutable while merging. */
    private static final class Found {
        final int start;
        int end;
        final String kind;
        ReferenceNumber number;
        String date;
        String issuer;

        Found(int start, int end, String kind, ReferenceNumber number, String date) {
            this.start = start;
            this.end = end;
            this.kind = kind;
            this.number = number;
            this.date = date;
        }
    }

    public List<Reference> extract(ExtractionContext ctx) {
        String view = ctx.doc().text();
        List<Found> found = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        int coveredEnd = 0;
        Matcher kw = lexicon.kindWord().matcher(view);
        while (kw.find()) {
            if (kw.start() < coveredEnd) {
                continue;
            }
            List<Found> cites = citation(view, kw);
            if (!cites.isEmpty()) {
                coveredEnd = cites.get(cites.size() - 1).end;
                covered.add(new int[] {kw.start(), coveredEnd});
                found.addAll(cites);
            }
        }
        found.addAll(symbolsAlone(view, covered));
        found.sort(Comparator.comparingInt(f -> f.start));
        List<Found> own = ownNumbers(view);
        List<Found> merged = new ArrayList<>();
        Map<String, List<Found>> byNumber = new HashMap<>();
        for (Found f : found) {
            if (own.stream().anyMatch(o -> o.kind.equals(f.kind) && o.number.sameDocumentAs(f.number))) {
                continue;
            }
            List<Found> candidates = byNumber.computeIfAbsent(f.number.key(), k -> new ArrayList<>());
            Found same = candidates.stream().filter(r -> sameDocument(r, f)).findFirst().orElse(null);
            if (same == null) {
                merged.add(f);
                candidates.add(f);
            } else {
                absorb(same, f);
            }
        }
        List<Reference> out = new ArrayList<>();
        for (Found r : merged) {
            Span span = ctx.doc().span(r.start, r.end);
            out.add(new Reference(r.kind, r.number.text(), r.date, r.issuer, span.start(), span.end(), span.text()));
        }
        return out;
    }

    /** The citations a kind word opens (several for a list), or none. */
    private List<Found> citation(String view, Matcher kw) {
        ReferenceLexicon.KindWord word = lexicon.kindWord(kw.group());
        if (word == null) {
            return List.of();
        }
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
        if (first == null || (first.looksLikeYear() && !first.hasSymbol())) {
            return List.of();
        }
        boolean digitsOnly = !first.hasSymbolOrYear();
        List<Found> members = new ArrayList<>();
        ReferenceNumber n = first;
        int memberStart = kw.start();
        while (true) {
            Found f = member(view, memberStart, n, kindOf(word, n));
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
        Found last = members.get(members.size() - 1);
        CitationTail.Issuer issuer = tail.issuer(view, last.end);
        if (issuer == null && title != null && view.startsWith("của ", title[0])) {
            issuer = tail.issuerAt(view, title[0] + "của ".length(), title[1]);
            issuer = issuer == null ? null : new CitationTail.Issuer(last.end, issuer.name());
        }
        if (issuer != null) {
            for (Found f : members) {
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
    private static Found member(String view, int start, ReferenceNumber n, String kind) {
        CitationTail.Date date = CitationTail.date(view, n.end(), n.year());
        if (date != null) {
            return new Found(start, date.end(), kind, n, date.iso());
        }
        Matcher year = YEAR_AFTER.matcher(view).region(n.end(), view.length());
        return new Found(start, year.lookingAt() ? year.end() : n.end(), kind, n, null);
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
            boolean kindWord = lexicon.kindWord().matcher(view).region(at, view.length()).lookingAt();
            if (kindWord && (!word.titled() || Character.isUpperCase(view.charAt(at)))) {
                return null;
            }
            Matcher w = TITLE_WORD.matcher(view).region(at, view.length());
            if (!w.lookingAt()) {
                return null;
            }
            gap = TITLE_GAP.matcher(view).region(w.end(), view.length());
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
    private List<Found> symbolsAlone(String view, List<int[]> covered) {
        List<Found> out = new ArrayList<>();
        Matcher m = NUMBER_START.matcher(view);
        int next = 0;
        int c = 0;
        while (m.find()) {
            int pos = m.start();
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
            Found f = member(view, pos, n, n.kindCode());
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

    /** The document's own numbers: the {@code Số …} lines of its header. */
    private List<Found> ownNumbers(String view) {
        List<Found> out = new ArrayList<>();
        Matcher m = OWN_NUMBER_LINE.matcher(view).region(0, Math.min(view.length(), HEADER_CHARS));
        while (m.find()) {
            ReferenceNumber n = ReferenceNumber.parse(view, m.end(), lexicon);
            if (n != null && n.hasSymbol()) {
                out.add(new Found(m.start(), n.end(), n.kindCode() != null ? n.kindCode() : "CV", n, null));
            }
        }
        return out;
    }

    private static boolean sameDocument(Found a, Found b) {
        if (!a.kind.equals(b.kind) || !a.number.sameDocumentAs(b.number) || !datesAgree(a.date, b.date)) {
            return false;
        }
        if (a.number.hasSymbol() || b.number.hasSymbol() || a.issuer == null || b.issuer == null) {
            return true;
        }
        String x = a.issuer.toLowerCase(Locale.ROOT);
        String y = b.issuer.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    /** Equal, one missing, or a month-day ({@code --06-15}) that the full date ends with. */
    private static boolean datesAgree(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        return (a.startsWith("--") && b.endsWith(a.substring(1))) || (b.startsWith("--") && a.endsWith(b.substring(1)));
    }

    /** Keeps the first mention's place and kind, the fullest number, and a date and issuer from any mention. */
    private static void absorb(Found into, Found other) {
        if (other.number.detail() > into.number.detail()) {
            into.number = other.number;
        }
        if (into.date == null || (into.date.startsWith("--") && other.date != null && !other.date.startsWith("--"))) {
            into.date = other.date;
        }
        if (into.issuer == null) {
            into.issuer = other.issuer;
        }
    }
}
