package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an estimate cue earlier in the clause of a value, e.g. {@code ước tính} in
 * {@code ước tính thiệt hại khoảng 185 tỷ đồng} or {@code Dự kiến} in
 * {@code Dự kiến đến năm 2025, toàn tỉnh có trên 200 sản phẩm} ({@code estimate-cues.tsv}).
 * A cue right before the value is read by {@link QualifierReader}.
 */
final class EstimateCue {
    private static final String L = Letters.CLASS;
    /** How far back a cue may stand; a clause of a report rarely runs longer. */
    private static final int REACH = 150;

    private static final Pattern CUE = Pattern.compile(
            "(?<![" + L + "])" + Lexicon.named("estimate-cues").alternation() + "(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Bare {@code Ước} opening the clause is the estimate verb: {@code Ước thiệt hại ban đầu khoảng 215 tỷ đồng}. */
    private static final Pattern OPENING_UOC = Pattern.compile("[\\s*_-]*[Ưư]ớc(?![" + L + "])");

    /** Where a clause ends, looking back: a stop, a semicolon, a colon, a bracket or a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()\\n]");

    private EstimateCue() {
    }

    /**
     * Whether a cue stands earlier in the clause of the value that starts at {@code start}. Every value
     * after the cue in its clause is estimated: in {@code Dự kiến sản lượng của 2.820 lò sấy khoảng 50 nghìn
     * tấn} the cue reaches past the count to the quantity it is about.
     */
    static boolean before(String text, int start) {
        int from = Math.max(0, start - REACH);
        Matcher end = CLAUSE_END.matcher(text).region(from, start);
        while (end.find()) {
            from = end.end();
        }
        return CUE.matcher(text).region(from, start).find() || OPENING_UOC.matcher(text).region(from, start).lookingAt();
    }
}
