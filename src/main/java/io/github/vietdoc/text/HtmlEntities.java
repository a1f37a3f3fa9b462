package io.github.vietdoc.text;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Character references of scraped HTML: {@code &ocirc;}, {@code &#7853;}, {@code &#x1EA1;}. Only
 * well-formed references are decoded; anything else ({@code TT&VH}, {@code &xyz;}, {@code &#0;})
 * stays as written, because in this genre a stray {@code &} is far more often prose than markup.
 */
final class HtmlEntities {
    /** A decoded reference: it ends (exclusive) at {@code end} of the text and stands for {@code text}. */
    record Reference(int end, String text) {}

    /** The longest HTML 4 name is 8 letters ({@code thetasym}); stop looking well past that. */
    private static final int MAX_NAME = 32;

    /**
     * Names browsers also decode without the {@code ;}. HTML5 lists about a hundred; only the ones that
     * actually show up bare in old CMS output are kept, so prose like {@code &copy2} or {@code &ordm} stays put.
     */
    private static final Set<String> LEGACY = Set.of("amp", "lt", "gt", "quot", "nbsp", "copy", "reg");

    /**
     * Numeric references 0x80..0x9F are not C1 controls in practice but windows-1252 bytes that old
     * editors (Word, FrontPage) wrote as numbers; HTML5 decodes them that way, e.g. {@code &#150;} is
     * an en dash. Zero marks the five bytes windows-1252 leaves undefined; those stay as they are.
     */
    private static final char[] WINDOWS_1252 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178',
    };

    private static final Map<String, String> NAMED = load(Lexicon.named("html-entities"));

    private HtmlEntities() {}

    /** The reference starting at the {@code &} at {@code amp}, or {@code null} when there is none to decode. */
    static Reference at(String t, int amp) {
        int n = t.length();
        int p = amp + 1;
        if (p >= n) {
            return null;
        }
        if (t.charAt(p) == '#') {
            return numeric(t, p + 1);
        }
        if (!isAsciiLetter(t.charAt(p))) {
            return null;
        }
        while (p < n && p - amp <= MAX_NAME && isAsciiLetterOrDigit(t.charAt(p))) {
            p++;
        }
        if (p - amp > MAX_NAME) {
            return null;
        }
        String name = t.substring(amp + 1, p);
        if (p < n && t.charAt(p) == ';') {
            String decoded = NAMED.get(name);
            return decoded == null ? null : new Reference(p + 1, decoded);
        }
        // the name loop stopped at a non-alphanumeric character, so "&ampx" never gets here as "amp"
        return LEGACY.contains(name) ? new Reference(p, NAMED.get(name)) : null;
    }

    /** {@code &#...;} with {@code p} just after the {@code #}; the {@code ;} is required. */
    private static Reference numeric(String t, int p) {
        int n = t.length();
        int radix = 10;
        if (p < n && (t.charAt(p) == 'x' || t.charAt(p) == 'X')) {
            radix = 16;
            p++;
        }
        int digits = p;
        int value = 0;
        boolean tooBig = false;
        // keep reading digits after an overflow so that the whole run is judged, but stop accumulating
        while (p < n && Character.digit(t.charAt(p), radix) >= 0 && t.charAt(p) < 0x80) {
            if (!tooBig) {
                value = value * radix + Character.digit(t.charAt(p), radix);
                tooBig = value > Character.MAX_CODE_POINT;
            }
            p++;
        }
        if (p == digits || p >= n || t.charAt(p) != ';') {
            return null;
        }
        if (tooBig || value == 0 || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return null;
        }
        if (value >= 0x80 && value <= 0x9F && WINDOWS_1252[value - 0x80] != 0) {
            value = WINDOWS_1252[value - 0x80];
        }
        return new Reference(p + 1, Character.toString(value));
    }

    /** Name to decoded text; fails fast on a malformed or duplicated line, which would be a packaging error. */
    static Map<String, String> load(Lexicon lexicon) {
        Map<String, String> out = new HashMap<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            String hex = e.field(0);
            int cp;
            try {
                cp = Integer.parseInt(hex == null ? "" : hex, 16);
            } catch (NumberFormatException ex) {
                throw new IllegalStateException(lexicon.name() + " line " + e.line() + ": bad code point " + hex, ex);
            }
            if (!Character.isValidCodePoint(cp) || out.put(e.term(), Character.toString(cp)) != null) {
                throw new IllegalStateException(lexicon.name() + " line " + e.line() + ": bad or duplicate " + e.term());
            }
        }
        return Map.copyOf(out);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
