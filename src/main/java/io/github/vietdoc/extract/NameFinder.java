package io.github.vietdoc.extract;

import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds persons' names in the view: a surname from the lexicon followed by two or three capitalized
 * syllables ({@code Nguyễn Việt Oanh}), or one to four capitalized syllables right after a person cue
 * ({@code đồng chí Y Khuê Niê}, {@code đồng chí Oanh}). Place and organization names are left out.
 */
final class NameFinder {
    /** What a name looks like, which decides how it is resolved to a person. */
    enum Kind {
        /** Surname and given names: {@code Nguyễn Việt Oanh}. */
        FULL,
        /** Two or more syllables after a cue without a known surname: {@code Y Khuê Niê}, {@code Việt Oanh}. */
        PARTIAL,
        /** One syllable after a cue: {@code đồng chí Oanh}. */
        GIVEN
    }

    /**
     * A name in the view; {@code cue} is where its cue starts, or -1; {@code afterPlace} when a place word
     * precedes it ({@code tỉnh Hồ Ngọc Thành}), so that only a title before it makes it a name.
     */
    record Hit(TextRange range, String name, Kind kind, int cue, boolean afterPlace) {
        int start() {
            return cue >= 0 ? cue : range.start();
        }
    }

    /** A capitalized syllable: {@code Nguyễn}, {@code Y}, {@code H'Yim}; not {@code UBND} nor {@code Covid}-like glued words. */
    private static final String CAP = "\\p{Lu}(?:['\u2019]\\p{Lu})?[\\p{Ll}\\p{M}]*+(?![\\p{L}\\p{M}\\p{N}'\u2019])";
    /** A run of capitalized syllables separated by single spaces: {@code Ông Phạm Minh Tuấn}. */
    private static final Pattern CAP_RUN = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'\u2019])" + CAP + "(?: " + CAP + ")*");
    /** A person cue ending right before a name: {@code đồng chí }, {@code Đ/c }, {@code bà }. */
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) +$");
    /** The one or two words before a position: {@code thành phố } before {@code Hồ Chí Minh}. */
    private static final Pattern WORDS_BEFORE = Pattern.compile(
            "(?:([\\p{L}\\p{M}]+) +)?([\\p{L}\\p{M}]+)[ .]*$");

    private final PeopleLexicon lex = PeopleLexicon.INSTANCE;

    List<Hit> find(String text, Byline byline) {
        List<Hit> out = new ArrayList<>();
        Set<String> authors = new java.util.HashSet<>();
        for (String a : byline.authors()) {
            authors.add(a.toLowerCase(Locale.ROOT));
        }
        Matcher run = CAP_RUN.matcher(text);
        Matcher head = lex.head.matcher(text); // one per text: a matcher of a large pattern is costly to make
        while (run.find()) {
            if (byline.line() != null && byline.line().contains(run.start())) {
                continue;
            }
            List<int[]> syl = syllables(text, run.start(), run.end());
            int cue = cueBefore(text, run.start());
            int first = 0;
            String w0 = word(text, syl.get(0)).toLowerCase(Locale.ROOT);
            if (cue < 0 && syl.size() > 1 && (w0.equals("ông") || w0.equals("bà")) && !startsNonName(text, syl, 1)
                    && !lex.nonNameWords.contains((w0 + " " + word(text, syl.get(1))).toLowerCase(Locale.ROOT))) {
                cue = run.start();
                first = 1;
            }
            if (cue >= 0) {
                int j = first;
                while (j < syl.size() && j - first < 4 && !head.region(syl.get(j)[0], text.length()).lookingAt()) {
                    j++;
                }
                if (j > first && !startsNonName(text, syl, first)) {
                    add(out, text, syl, first, j, cue, authors, false);
                }
                continue;
            }
            int i = 0;
            while (i < syl.size()) {
                if (lex.surnames.contains(word(text, syl.get(i)))) {
                    int j = i + 1;
                    while (j < syl.size() && j - i < 4 && !nameStop(text, syl.get(j), head)) {
                        j++;
                    }
                    if (j - i >= 3) {
                        add(out, text, syl, i, j, -1, authors, placeBefore(text, syl.get(i)[0]));
                        i = j;
                        continue;
                    }
                }
                i++;
            }
        }
        return out;
    }

    private void add(List<Hit> out, String text, List<int[]> syl, int from, int to, int cue, Set<String> authors,
            boolean afterPlace) {
        int s = syl.get(from)[0];
        int e = syl.get(to - 1)[1];
        String name = text.substring(s, e);
        String lower = name.toLowerCase(Locale.ROOT);
        if (authors.contains(lower)) {
            return;
        }
        for (String np : lex.nonPersons) {
            if (lower.equals(np) || lower.startsWith(np + " ")) {
                return;
            }
        }
        int n = to - from;
        Kind kind = n == 1 ? Kind.GIVEN
                : lex.surnames.contains(word(text, syl.get(from))) ? Kind.FULL : Kind.PARTIAL;
        out.add(new Hit(new TextRange(s, e), name, kind, cue, afterPlace));
    }

    private boolean nameStop(String text, int[] syl, Matcher head) {
        return head.region(syl[0], text.length()).lookingAt()
                || lex.nonNameWords.contains(word(text, syl).toLowerCase(Locale.ROOT));
    }

    /** The run from syllable {@code i} opens with a place or organization word: {@code Trung tâm}, {@code Xã}. */
    private boolean startsNonName(String text, List<int[]> syl, int i) {
        String w = word(text, syl.get(i)).toLowerCase(Locale.ROOT);
        if (lex.nonNameWords.contains(w) && !lex.surnames.contains(word(text, syl.get(i)))) {
            return true;
        }
        int e = Math.min(text.length(), syl.get(i)[1] + 12);
        String two = text.substring(syl.get(i)[0], e).toLowerCase(Locale.ROOT);
        int sp = two.indexOf(' ');
        if (sp > 0) {
            int sp2 = two.indexOf(' ', sp + 1);
            String pair = sp2 > 0 ? two.substring(0, sp2) : two;
            return lex.nonNameWords.contains(pair);
        }
        return false;
    }

    private boolean placeBefore(String text, int start) {
        Matcher m = WORDS_BEFORE.matcher(text).region(Math.max(0, start - 24), start);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return false;
        }
        String last = m.group(2).toLowerCase(Locale.ROOT);
        String pair = m.group(1) == null ? last : m.group(1).toLowerCase(Locale.ROOT) + " " + last;
        return lex.placeWordsBefore.contains(last) || lex.placeWordsBefore.contains(pair);
    }

    private static int cueBefore(String text, int start) {
        Matcher m = CUE_BEFORE.matcher(text).region(Math.max(0, start - 12), start);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }

    private static List<int[]> syllables(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ' ') {
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        return out;
    }

    private static String word(String text, int[] syl) {
        return text.substring(syl[0], syl[1]);
    }
}
