package io.github.vietdoc.text;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes page furniture from the view: site credits, menus, visitor counters, related-links trailers,
 * stray file paths and page-break markers. Markers come from {@code furniture.tsv}: a {@code line}
 * marker removes a short line that starts with it; a {@code trailer} marker alone on its line
 * ({@code Tin liên quan:}) cuts the page from there to the end, but only when everything after it is
 * short lines (menus, counters): removing real body text is worse than keeping a menu line. Followed
 * by text on its line ({@code Xem thêm: Bão mạnh nhất …}) it is one related link, and only that line
 * goes. An {@code exact} marker removes a line that is just the marker (menu words such as
 * {@code Trang chủ} that also start real sentences). A {@code counter} label removes
 * {@code label: 123} lines. PDF residue goes too: page numbers alone on a line, the official gazette's
 * running header and digital-signature stamps ({@code Ký bởi: …}).
 */
final class FurnitureStep implements NormalizationStep {
    /** Lines longer than this are body text whatever they start with. */
    private static final int SHORT_LINE_WORDS = 12;
    /** No line of twelve Vietnamese words is longer than this; longer lines skip the word count. */
    private static final int MAX_SHORT_LINE_CHARS = 160;
    private static final Pattern FILE_PATH = Pattern.compile(
            "(?:[A-Za-z]:\\\\|file:/|~/|/(?:home|var|tmp|Users|mnt|media|srv)/).*"
                    + "|[^\\s]+[/\\\\][^\\s]+\\.(?:docx?|pdf|xlsx?|odt|rtf|txt|html?|php|aspx?)");
    /** A page number alone on its line in PDF-extracted text: {@code 3}, {@code - 3 -}, {@code Trang 2/5}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:- *)?\\d{1,3}(?: *-)?|(?:Trang|Page) \\d{1,3}(?: */ *\\d{1,3})?");
    /** The official gazette's running header: {@code CÔNG BÁO/Số 12 + 13/Ngày 15-01-2024}. */
    private static final Pattern GAZETTE_HEADER = Pattern.compile(
            "(?iu)CÔNG BÁO */ *Số [\\d +]+(?:/ *Ngày \\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})?|\\d{1,3} *CÔNG BÁO */.*|CÔNG BÁO */.* \\d{1,3}");
    /** A digital-signature stamp: {@code Ký bởi: Văn phòng UBND tỉnh … Thời gian ký: 12.05.2023 08:15:32 +07:00}. */
    private static final Pattern SIGNATURE_STAMP = Pattern.compile("(?iu)(?:Người ký|Ký bởi|Signed by|Thời gian ký|Cơ quan) *:.*"
            + "(?:Thời gian ký|\\d{2}:\\d{2}:\\d{2}|\\+07:00|Email|Cơ quan).*|(?:Ký bởi|Người ký|Thời gian ký) *:.*");
    /** A field of a signature stamp on the lines after {@code Ký bởi:}: {@code Cơ quan: Tỉnh Hậu Giang}. */
    private static final Pattern STAMP_FIELD = Pattern.compile(
            "(?iu)(?:Cơ quan|Email|Thời gian ký|Người ký|Chức vụ|Ngày ký|Ký ngày|Signed by|Date) *:.*");
    /** A breadcrumb: {@code Trang chủ > Tin tức - Sự kiện > Hoạt động của Huyện ủy}. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?iu)(?:Trang chủ|Trang nhất|Home) *[>»›/|].*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:.|»>-]+$");
    private static final Pattern PAGE_BREAK = Pattern.compile(
            "-{2,} *(?:PAGE BREAK|NGẮT TRANG|(?:Page|Trang) \\d+(?: */ *\\d+)?) *-{2,}", Pattern.CASE_INSENSITIVE);

    /** The bar between menu items. */
    private static final Pattern MENU_BAR = Pattern.compile(" *\\| *");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    /** A menu item is a few words: {@code Tin đọc nhiều}. */
    private static final int MENU_ITEM_WORDS = 4;

    private final List<String> exactMarkers = new ArrayList<>();
    private final List<String> lineMarkers = new ArrayList<>();
    private final List<String> trailerMarkers = new ArrayList<>();
    private final Pattern counter;

    FurnitureStep(Lexicon furniture) {
        List<String> counters = new ArrayList<>();
        for (Lexicon.Entry e : furniture.entries()) {
            String term = e.term().toLowerCase(Locale.ROOT);
            switch (e.field(0) == null ? "line" : e.field(0)) {
                case "trailer" -> trailerMarkers.add(term);
                case "exact" -> exactMarkers.add(term);
                case "counter" -> counters.add(e.term());
                default -> lineMarkers.add(term);
            }
        }
        this.counter = Pattern.compile("(?iu)" + Lexicon.alternation(counters) + " *:? *[\\d.,]+ *");
    }

    @Override
    public AlignedText apply(AlignedText in, List<String> warnings) {
        String s = in.text();
        List<int[]> lines = lines(s);
        boolean[] drop = new boolean[lines.size()];
        boolean any = false;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k)[1] - lines.get(k)[0] > MAX_SHORT_LINE_CHARS) {
                continue; // body text: cheaper to skip than to inspect
            }
            String line = s.substring(lines.get(k)[0], lines.get(k)[1]);
            if (isTrailerStart(line) && restIsShort(s, lines, k)) {
                for (int m = k; m < lines.size(); m++) {
                    drop[m] = true;
                }
                any = true;
                break;
            }
            if (isFurnitureLine(line) || (k > 0 && drop[k - 1] && isStampLine(lines, s, k - 1)
                    && STAMP_FIELD.matcher(line.strip()).matches())) {
                drop[k] = true;
                any = true;
            }
        }
        if (!any) {
            return in;
        }
        Rewriter out = in.rewrite();
        int copyFrom = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (drop[k]) {
                int from = lines.get(k)[0];
                int to = Math.min(s.length(), lines.get(k)[1] + 1); // with its line break
                out.copy(copyFrom, from);
                out.replace(from, to, "");
                copyFrom = to;
            }
        }
        out.copy(copyFrom, s.length());
        return out.build();
    }

    private static boolean isStampLine(List<int[]> lines, String s, int k) {
        String line = s.substring(lines.get(k)[0], lines.get(k)[1]).strip();
        return SIGNATURE_STAMP.matcher(line).matches() || STAMP_FIELD.matcher(line).matches();
    }

    boolean isFurnitureLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (counter.matcher(t).matches() || PAGE_BREAK.matcher(t).matches() || FILE_PATH.matcher(t).matches()
                || PAGE_NUMBER.matcher(t).matches() || GAZETTE_HEADER.matcher(t).matches()
                || SIGNATURE_STAMP.matcher(t).matches() || BREADCRUMB.matcher(t).matches()) {
            return true;
        }
        if (words(t) > SHORT_LINE_WORDS) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (exactMarkers.contains(bare(t)) || isMenu(t)) {
            return true;
        }
        // a trailer marker followed by text on its line is one related link: "Xem thêm: Bão mạnh nhất …"
        for (List<String> markers : List.of(lineMarkers, trailerMarkers)) {
            for (String m : markers) {
                if (lower.startsWith(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A menu: short items between bars, one of them a known marker ({@code Tin mới nhất | Tin đọc nhiều | Video}).
     * A table row ({@code | Chỉ tiêu | 2023 |}) opens with a bar or holds figures, and stays.
     */
    private boolean isMenu(String line) {
        if (line.startsWith("|") || line.indexOf('|') < 0 || DIGIT.matcher(line).find()) {
            return false;
        }
        boolean known = false;
        for (String item : MENU_BAR.split(line)) {
            if (words(item) > MENU_ITEM_WORDS) {
                return false;
            }
            String b = bare(item);
            known |= exactMarkers.contains(b) || lineMarkers.contains(b) || trailerMarkers.contains(b);
        }
        return known;
    }

    /** A trailer starts at a heading line that is the marker alone ({@code Tin liên quan:}). */
    private boolean isTrailerStart(String line) {
        return trailerMarkers.contains(bare(line));
    }

    /** The line in lower case without the punctuation that closes a heading or menu item. */
    private static String bare(String line) {
        return TRAILING_PUNCTUATION.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private boolean restIsShort(String s, List<int[]> lines, int from) {
        for (int m = from; m < lines.size(); m++) {
            String line = s.substring(lines.get(m)[0], lines.get(m)[1]);
            if (words(line) > SHORT_LINE_WORDS && !isFurnitureLine(line)) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        if (s.length() > MAX_SHORT_LINE_CHARS) {
            return SHORT_LINE_WORDS + 1;
        }
        int count = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                count++; // tokens of punctuation alone ("> > >", "|") are not words
                counted = true;
            }
        }
        return count;
    }

    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }
}
