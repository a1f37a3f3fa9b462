package io.github.vietdoc.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number that opens a list item at the start of a line: {@code 1.}, {@code 2)}, {@code 3-},
 * {@code 4 -}, {@code II.}, {@code III-}, {@code a)}, {@code đ.}, and the outline numbers {@code 1.2.} that
 * only ever mark sub-items. A number must be followed by the item's words: {@code 1.209 tổ},
 * {@code 5,8 tỷ}, {@code 22-9, tại}, {@code 3 bệnh nhân} and {@code 2021.} open no item. Whether a marker
 * really opens an item depends on its neighbours, which {@link NumberedListReader} decides.
 */
final class ListItemParser {
    /** The numbering scheme of a marker. */
    enum Kind {
        /** {@code I.}, {@code II-}: sections. */
        ROMAN,
        /** {@code 1.}, {@code 2)}, {@code 3-}: items. */
        ARABIC,
        /** {@code a)}, {@code b.}: lettered items, sub-items when they sit inside numbered ones. */
        LETTER,
        /** {@code 1.1.}, {@code 2.3}: outline numbers, always sub-items. */
        OUTLINE
    }

    /**
     * A marker read at the start of a line: its scheme, the label as written ({@code II}, {@code 3}, {@code a}),
     * its rank in the scheme (1 for {@code I}, {@code 1} and {@code a}), the punctuation after it
     * ({@code .}, {@code )}, {@code -}, {@code /}) and where the item's words start, relative to the line.
     */
    record Marker(Kind kind, String label, int ordinal, char style, int contentOffset) {
        /** Same scheme and punctuation: the two markers number the same level of a list. */
        boolean sameLevel(Marker other) {
            return other != null && kind == other.kind && style == other.style;
        }

        /** {@code next} is the item that comes right after this one at the same level. */
        boolean isFollowedBy(Marker next) {
            if (!sameLevel(next)) {
                return false;
            }
            if (kind == Kind.LETTER) {
                return nextLetter(ordinal, next.ordinal);
            }
            return next.ordinal == ordinal + 1;
        }
    }

    /** Letters of lettered lists in order: the Vietnamese alphabet with {@code đ}, and f, j, w, z that some use. */
    static final String LETTERS = "abcdđefghijklmnopqrstuvwxyz";
    /** Letters a list may skip: {@code d)} is followed by {@code đ)} or {@code e)}; Vietnamese has no f, j, w, z. */
    private static final String SKIPPABLE = "đfjwz";

    /** What may start the item's words: a letter or an opening quote or bracket ({@code 1. "Chống dịch…"}). */
    private static final String WORD_START = "(?=[\\p{L}\"“‘'(\\[])";
    /**
     * A Roman section number up to 39 and its punctuation: {@code II. }, {@code IV- }, {@code III.- },
     * {@code I.NHIỆM VỤ} (no space only before a word in capitals: {@code V.Thi} is an initial).
     */
    private static final Pattern ROMAN = Pattern.compile(
            "^(?<n>X{0,3}(?:IX|IV|V?I{0,3}))(?<p> ?(?:\\.-|[.)/-]))(?:[ \\t]+" + WORD_START + "|(?=\\p{Lu}\\p{Lu}))");
    /** An item number of one or two digits: {@code 1. }, {@code 2) }, {@code 3- }, {@code 4 - }, {@code 5.Tiếp tục}. */
    private static final Pattern ARABIC = Pattern.compile(
            "^(?<n>[0-9]{1,2})(?<p> ?(?:\\.-|[.)/-]))(?:[ \\t]+" + WORD_START + "|(?=\\p{Lu}))");
    /** An outline number: {@code 1.1. }, {@code 2.3 }, {@code 1.2.3) }. */
    private static final Pattern OUTLINE = Pattern.compile(
            "^(?<n>[0-9]{1,2}(?:\\.[0-9]{1,2})+)(?<p>[.)]?)[ \\t]+" + WORD_START);
    /** A lettered item: {@code a) }, {@code b. }, {@code đ) }, {@code c/ } (a space must follow). */
    private static final Pattern LETTER = Pattern.compile("^(?<n>[a-zđ])(?<p>[.)/])[ \\t]+" + WORD_START);

    /** The marker opening {@code line} (leading spaces allowed), or null when the line opens no item. */
    Marker parse(String line) {
        int lead = 0;
        while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t')) {
            lead++;
        }
        if (lead == line.length() || !isAsciiAlnum(line.charAt(lead))) {
            return null;
        }
        String s = lead == 0 ? line : line.substring(lead);
        Matcher m = OUTLINE.matcher(s);
        if (m.lookingAt()) {
            return marker(Kind.OUTLINE, m, 0, lead);
        }
        m = ARABIC.matcher(s);
        if (m.lookingAt()) {
            int value = Integer.parseInt(m.group("n"));
            return value == 0 ? null : marker(Kind.ARABIC, m, value, lead);
        }
        m = ROMAN.matcher(s);
        if (m.lookingAt() && !m.group("n").isEmpty()) {
            return marker(Kind.ROMAN, m, romanValue(m.group("n")), lead);
        }
        m = LETTER.matcher(s);
        if (m.lookingAt()) {
            return marker(Kind.LETTER, m, LETTERS.indexOf(m.group("n").charAt(0)) + 1, lead);
        }
        return null;
    }

    private static Marker marker(Kind kind, Matcher m, int ordinal, int lead) {
        String p = m.group("p").strip();
        char style = p.isEmpty() ? ' ' : p.charAt(0);
        return new Marker(kind, m.group("n"), ordinal, style, lead + m.end());
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'đ';
    }

    /** The value of a Roman numeral already known to be well formed ({@code XIV} → 14). */
    static int romanValue(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int v = digit(roman.charAt(i));
            int next = i + 1 < roman.length() ? digit(roman.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 0;
        };
    }

    /** Letter rank {@code next} follows rank {@code previous}, skipping at most one letter a list may leave out. */
    static boolean nextLetter(int previous, int next) {
        if (next == previous + 1) {
            return true;
        }
        return next == previous + 2 && previous >= 1 && SKIPPABLE.indexOf(LETTERS.charAt(previous)) >= 0;
    }
}
