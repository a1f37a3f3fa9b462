package io.github.vietdoc.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes the markup that starts at a {@code <}: a tag, a comment, a PHP or XML processing block,
 * CDATA, a declaration, or an element whose content is code ({@code <script>…</script>}).
 *
 * <p>Scraped articles mix markup with prose that has its own {@code <}: {@code a < b}, {@code tỷ lệ <5%},
 * {@code x<y>z}. So a tag counts only when its name is a known HTML element (or a namespaced Word tag
 * like {@code <o:p>}), and, until a quoted attribute value proves it is markup, it must look like one:
 * ASCII attribute names and no {@code <} inside.
 *
 * <p>Linear time: every successful scan consumes what it read, a failed scan never reads past the next
 * {@code <}, the next-{@code >} lookup is cached and queried at increasing offsets, and the one costly
 * failure (a quote left open up to the end) switches quote handling off for the rest of the text.
 * One scanner per text; not thread-safe.
 */
final class HtmlScanner {
    /** What a tag does to the layout, weakest first: nothing, a table cell boundary, a line, a paragraph. */
    enum Effect { NONE, CELL, LINE, PARA }

    private static final Map<String, Effect> ELEMENTS = new HashMap<>();

    /** Elements whose content is code or data, never article text; removed with their content. */
    private static final Set<String> CODE = Set.of("script", "style", "noscript", "svg", "xml");

    static {
        put(Effect.PARA, "address article aside blockquote center div dl fieldset figure footer form"
                + " h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table title ul");
        put(Effect.LINE, "body br caption dd details dir dt figcaption head html legend li menu option"
                + " summary tbody tfoot thead tr");
        put(Effect.CELL, "td th");
        put(Effect.NONE, "a abbr acronym area audio b base basefont bdi bdo big button canvas cite code col"
                + " colgroup data datalist del dfn em embed font frame frameset i iframe img input ins kbd label"
                + " link map mark meta meter nobr object output param picture progress q rp rt ruby s samp"
                + " select small source span strike strong sub sup textarea time track tt u var video wbr");
        for (String code : CODE) {
            ELEMENTS.put(code, Effect.NONE);
        }
    }

    private static void put(Effect effect, String names) {
        for (String name : names.split(" ")) {
            ELEMENTS.put(name, effect);
        }
    }

    /** No real element name is this long; anything longer is not a tag. */
    private static final int MAX_NAME = 40;

    private final String t;
    private final int n;
    private Effect effect = Effect.NONE;
    private String unclosed;
    private boolean quotesTrusted = true;
    /** Cache for {@link #nextGt}: there is no {@code >} in {@code [gtFrom, gtAt)}; {@code gtAt} is a {@code >} or the end. */
    private int gtFrom = Integer.MAX_VALUE;
    private int gtAt;

    HtmlScanner(String text) {
        this.t = text;
        this.n = text.length();
    }

    /** Layout effect of the markup the last successful {@link #scan} found. */
    Effect effect() {
        return effect;
    }

    /** The opener of the last markup found when it was never closed and so ran to the end, else {@code null}. */
    String unclosed() {
        return unclosed;
    }

    /** End (exclusive) of the markup starting at the {@code <} at {@code lt}, or -1 when that {@code <} is text. */
    int scan(int lt) {
        effect = Effect.NONE;
        unclosed = null;
        char c = at(lt + 1);
        if (c == '!') {
            if (t.startsWith("--", lt + 2)) {
                return through("<!--", "-->", lt + 4);
            }
            if (t.regionMatches(true, lt + 2, "[CDATA[", 0, 7)) {
                return through("<![CDATA[", "]]>", lt + 9);
            }
            // <!DOCTYPE html>, Word's <![if !supportLists]> … <![endif]>
            char d = at(lt + 2);
            int gt = nextGt(lt);
            return (isAsciiLetter(d) || d == '[') && gt < n ? gt + 1 : -1;
        }
        if (c == '?') {
            // <?php … ?>, <?= … ?>, <?xml … ?>, bare <? … ?>; PHP itself runs an unclosed block to the end
            char d = at(lt + 2);
            return isAsciiLetter(d) || d == '=' || isSpace(d) ? through("<?", "?>", lt + 2) : -1;
        }
        boolean endTag = c == '/';
        int nameStart = endTag ? lt + 2 : lt + 1;
        int p = nameStart;
        if (!isAsciiLetter(at(p))) {
            return -1;
        }
        while (p < n && p - nameStart <= MAX_NAME && isNameChar(t.charAt(p))) {
            p++;
        }
        char after = at(p);
        if (p - nameStart > MAX_NAME || !(isSpace(after) || after == '/' || after == '>')) {
            return -1;
        }
        String name = t.substring(nameStart, p).toLowerCase(Locale.ROOT);
        Effect e = ELEMENTS.get(name);
        if (e == null && !isNamespaced(name)) {
            return -1;
        }
        if (nextGt(lt) >= n) {
            return -1; // no '>' anywhere after: cannot be a tag (and saves scanning to the end)
        }
        int close = quotesTrusted ? attributes(p) : plain(lt, p);
        if (close == -2) {
            quotesTrusted = false;
            close = plain(lt, p);
        }
        if (close < 0) {
            return -1;
        }
        effect = e == null ? Effect.NONE : e;
        // an XHTML-style <script src="a.js"/> has no content; reading on would swallow the article
        if (!endTag && CODE.contains(name) && t.charAt(close - 1) != '/') {
            return endOfContent(name, close + 1);
        }
        return close + 1;
    }

    /**
     * Walks the attributes from {@code p} (just after the name) to the {@code >} closing the tag.
     * Returns its index, -1 when this is not a tag after all, or -2 when a quote left open swallowed
     * the last {@code >} (quotes are then unreliable in this text).
     */
    private int attributes(int p) {
        boolean proven = false; // a quoted value was read: this is markup, stop second-guessing it
        while (true) {
            while (p < n && (isSpace(t.charAt(p)) || t.charAt(p) == '/')) {
                p++;
            }
            if (p >= n) {
                return -2; // there was a '>' after the tag start (checked), so a quoted value hid it
            }
            if (t.charAt(p) == '>') {
                return p;
            }
            int nameStart = p;
            while (p < n && isAttributeNameChar(t.charAt(p))) {
                p++;
            }
            if (p == nameStart) {
                if (!proven) {
                    return -1; // a quote, '<', '=' or a non-ASCII letter where a name should be: prose
                }
                p++; // malformed but proven markup: skip the odd character as browsers do
                continue;
            }
            while (p < n && isSpace(t.charAt(p))) {
                p++;
            }
            if (p >= n || t.charAt(p) != '=') {
                continue;
            }
            p++;
            while (p < n && isSpace(t.charAt(p))) {
                p++;
            }
            char q = at(p);
            if (q == '"' || q == '\'') {
                int end = t.indexOf(q, p + 1);
                if (end < 0) {
                    return -2;
                }
                p = end + 1;
                proven = true;
            } else {
                while (p < n && !isSpace(t.charAt(p)) && t.charAt(p) != '>') {
                    if (t.charAt(p) == '<' && !proven) {
                        return -1;
                    }
                    p++;
                }
            }
        }
    }

    /** Quote-blind fallback: the tag ends at the first {@code >}, provided no {@code <} comes before it. */
    private int plain(int lt, int p) {
        int gt = nextGt(lt);
        if (gt >= n) {
            return -1;
        }
        for (int i = p; i < gt; i++) {
            if (t.charAt(i) == '<') {
                return -1;
            }
        }
        return gt;
    }

    /** Skips the content of a code element up to and including its end tag, or to the end of the text. */
    private int endOfContent(String name, int from) {
        int p = from;
        while (true) {
            int i = t.indexOf("</", p);
            if (i < 0) {
                unclosed = "<" + name + ">";
                return n;
            }
            int after = i + 2 + name.length();
            if (t.regionMatches(true, i + 2, name, 0, name.length())
                    && (after >= n || isSpace(t.charAt(after)) || t.charAt(after) == '/' || t.charAt(after) == '>')) {
                int gt = t.indexOf('>', after);
                return gt < 0 ? n : gt + 1;
            }
            p = i + 2;
        }
    }

    /** Markup from its opener to the end of {@code closer} (searched from {@code from}), or to the end of the text. */
    private int through(String opener, String closer, int from) {
        int i = t.indexOf(closer, from);
        if (i < 0) {
            unclosed = opener;
            return n;
        }
        return i + closer.length();
    }

    /**
     * Index of the first {@code >} at or after {@code from}, or {@code n}. Callers ask at increasing
     * offsets (each tag start), so the cached answer is reused until the scan moves past it.
     */
    private int nextGt(int from) {
        if (from >= gtFrom && from <= gtAt) {
            return gtAt;
        }
        int i = t.indexOf('>', from);
        gtFrom = from;
        gtAt = i < 0 ? n : i;
        return gtAt;
    }

    private char at(int i) {
        return i < n ? t.charAt(i) : '\0';
    }

    /** Word's {@code <o:p>}, {@code <st1:place>}, {@code <v:shape>}: never prose, always inline. */
    private static boolean isNamespaced(String name) {
        int colon = name.indexOf(':');
        return colon > 0 && colon < name.length() - 1;
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_';
    }

    /** HTML allows almost anything in attribute names; real pages use ASCII, prose after a {@code <} does not. */
    private static boolean isAttributeNameChar(char c) {
        return c > ' ' && c < 0x7F && c != '"' && c != '\'' && c != '<' && c != '>' && c != '=' && c != '/';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
