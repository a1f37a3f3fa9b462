package io.github.vietdoc.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and symbol of a cited document, read at a position of the normalized view: the state form
 * {@code 245/2020/NQ-HĐND}, {@code 42/NQ-CP}, {@code 118/TTg-KTN}, the Party form {@code 20-NQ/TU},
 * a number with its year only {@code 09/2017}, or a bare number {@code 16}. The genre's spacing
 * ({@code 1846 -TB/TU}, {@code 5309 / UBND - TM}, {@code UBTVQH 14}) is closed up in {@link #text()};
 * parts glued by a damaged PDF ({@code QĐUBND}, {@code NĐCP}) are split apart for comparison only.
 */
final class ReferenceNumber {
    /** A separator inside a number and symbol, spaced or not; a line may break after it: {@code /}, {@code  - }. */
    private static final String SEP = "(?: ?[-/](?: |\\n)?)";
    /** One part of a symbol, two capitals or a capital and a digit first: {@code NQ}, {@code TTg}, {@code UBTVQH14}. */
    private static final String PART = "\\p{Lu}[\\p{Lu}0-9][\\p{L}0-9&]{0,14}";
    /**
     * A legislature number split from its part: always after {@code QH} ({@code QH 13}, {@code UBTVQH 14}),
     * after another part only before the end of the citation, its date or its issuer, so that
     * {@code NQ-HĐND 5 năm} is not read as {@code HĐND5}.
     */
    private static final String AFTER_SPLIT_DIGITS = "(?:(?<=QH) [0-9]{1,2}(?![0-9])"
            + "| [0-9]{1,2}(?=[,.;:)\\]\"'\\n]|\\z| (?:ngày|của|về|và|do)" + ReferenceLexicon.WORD_END + "))";
    /**
     * The number, then its year after a slash, then the parts of the symbol:
     * {@code 245/2020/NQ-HĐND}, {@code 1846 -TB/TU}, {@code 653/NQ - UBTVQH 14}, {@code 32/2014}, {@code 16}.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<num>[0-9]{1,6})(?![0-9])"
            + "(?: ?/ ?(?<year>(?:19|20)[0-9]{2})(?![0-9]))?"
            + "(?<symbol>(?:" + SEP + PART + AFTER_SPLIT_DIGITS + "?){0,6})"
            + ReferenceLexicon.WORD_END);
    /**
     * What would make a bare number part of something else: {@code 5,8}, {@code 2021-2025}, {@code 16/4},
     * or a number torn apart by a damaged text ({@code Nghị định 1 30/2 006}).
     */
    private static final Pattern CONTINUES = Pattern.compile("[.,][0-9]|" + SEP + "[0-9]| [0-9]");
    private static final Pattern SYMBOL_SPLIT = Pattern.compile("[-/]");
    private static final Pattern BLANKS = Pattern.compile("[ \\n]");

    private final int start;
    private final int end;
    private final String text;
    private final String digits;
    private final String year;
    private final List<String> parts;
    private final String kindCode;

    private ReferenceNumber(int start, int end, String text, String digits, String year, List<String> parts,
            String kindCode) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.digits = digits;
        this.year = year;
        this.parts = parts;
        this.kindCode = kindCode;
    }

    /** The number starting exactly at {@code pos} of {@code view}, or null. */
    static ReferenceNumber parse(String view, int pos, ReferenceLexicon lexicon) {
        if (pos >= view.length() || view.charAt(pos) < '0' || view.charAt(pos) > '9') {
            return null;
        }
        Matcher m = NUMBER.matcher(view).region(pos, view.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String symbol = BLANKS.matcher(m.group("symbol")).replaceAll("");
        for (String raw : SYMBOL_SPLIT.split(symbol)) {
            if (!raw.isEmpty()) {
                parts.addAll(repair(raw.toUpperCase(Locale.ROOT), lexicon));
            }
        }
        String kind = parts.isEmpty() ? null : lexicon.code(parts.get(0));
        String text = BLANKS.matcher(m.group()).replaceAll("");
        return new ReferenceNumber(pos, m.end(), text, m.group("num"), m.group("year"), List.copyOf(parts), kind);
    }

    /** A part that a PDF glued together, {@code QĐUBND}, as its kind code and issuer; any other part as it is. */
    private static List<String> repair(String part, ReferenceLexicon lexicon) {
        if (lexicon.code(part) != null) {
            return List.of(part);
        }
        for (String issuer : lexicon.symbolIssuers()) {
            String upper = issuer.toUpperCase(Locale.ROOT);
            if (part.length() > upper.length() && part.endsWith(upper)
                    && lexicon.code(part.substring(0, part.length() - upper.length())) != null) {
                return List.of(part.substring(0, part.length() - upper.length()), upper);
            }
        }
        return List.of(part);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** As written, spacing closed up: {@code 1846-TB/TU}, {@code 653/NQ-UBTVQH14}. */
    String text() {
        return text;
    }

    String year() {
        return year;
    }

    /** True when the number carries more than digits: a year or a symbol. */
    boolean hasSymbolOrYear() {
        return year != null || !parts.isEmpty();
    }

    boolean hasSymbol() {
        return !parts.isEmpty();
    }

    /** Symbol parts, upper case, glued parts split: {@code [NQ, HĐND]}. */
    List<String> parts() {
        return parts;
    }

    /** The kind code the symbol names in its first part ({@code NQ} of {@code 42/NQ-CP}), or null. */
    String kindCode() {
        return kindCode;
    }

    /** A four-digit number that reads as a year ({@code Kế hoạch 2021}): never a bare citation. */
    boolean looksLikeYear() {
        if (digits.length() != 4) {
            return false;
        }
        int n = Integer.parseInt(digits);
        return n >= 1900 && n <= 2050;
    }

    /** True when the view goes on after a bare number as a decimal, a range or a date ({@code 5,8}, {@code 16/4}). */
    boolean continuesInto(String view) {
        return CONTINUES.matcher(view).region(end, view.length()).lookingAt();
    }

    /**
     * Whether both name the same document: the same number (leading zeros aside), years that agree when
     * both have one, and the symbol parts of one found in order in the other ({@code 105/TU} in
     * {@code 105/KL/TU}; a bare {@code 16} in {@code 16/CT-TTg}).
     */
    boolean sameDocumentAs(ReferenceNumber other) {
        if (!key().equals(other.key())) {
            return false;
        }
        if (year != null && other.year != null && !year.equals(other.year)) {
            return false;
        }
        return isSubsequence(parts, other.parts) || isSubsequence(other.parts, parts);
    }

    /** How much the number tells: the richer of two mentions is kept. */
    int detail() {
        return parts.size() + (year != null ? 1 : 0);
    }

    /** The number without leading zeros: mentions of one document share it ({@code 05}, {@code 5}). */
    String key() {
        return stripZeros(digits);
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String part : big) {
            if (j < small.size() && small.get(j).equals(part)) {
                j++;
            }
        }
        return j == small.size();
    }

    @Override
    public String toString() {
        return text;
    }
}
