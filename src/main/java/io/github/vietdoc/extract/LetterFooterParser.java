package io.github.vietdoc.extract;

import io.github.vietdoc.model.Signer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the footer of an administrative document: the {@code Nơi nhận} list (left column) and the signature
 * block (right column). Flattened two-column footers interleave the two, line by line
 * ({@code Nơi nhận: KT. GIÁM ĐỐC} / {@code - Như trên; PHÓ GIÁM ĐỐC} / {@code - Lưu: VT.} / {@code Trần Văn Hùng}),
 * so each line is first cut into its list part and its signer part, then each part is classified by its own
 * form; the list takes the entries, the signer the lines in capitals and the name. Stamps ({@code (Đã ký)},
 * {@code Ký bởi: …}) are skipped. Only the last pieces are read. Stateless; linear in the length of the
 * pieces read.
 */
final class LetterFooterParser {
    /** The footer lies in the last pieces of a document. */
    private static final int FOOTER_PIECES = 60;
    /** A position line with no authority line above it is short: {@code CHỦ TỊCH}, not a heading in capitals. */
    private static final int MAX_BARE_POSITION_WORDS = 6;
    /** A list line longer than this is not searched for a signer column (which keeps the search linear). */
    private static final int MAX_COLUMN_LINE_CHARS = 240;
    /** A line in capitals longer than this is not part of a signature block. */
    private static final int MAX_SIGNER_WORDS = 12;
    /**
     * Where a list line may hand over to the signer column: after the punctuation closing an entry or the
     * {@code Nơi nhận:} cue ({@code - Như trên; PHÓ GIÁM ĐỐC}), or at a space before a capital ({@code - Lưu VT KT. CHỦ TỊCH}).
     */
    private static final Pattern COLUMN_BREAK = Pattern.compile("(?<=[;,.:]) +| +(?=[\\p{Lu}])");
    /** Spaces left where a stamp was cut out: {@code PHÓ CHỦ TỊCH  Nguyễn Văn Bình} after {@code (Đã ký)} went. */
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** A name closing a list line after its entry's punctuation: the {@code Nguyễn Văn Bình} of {@code - Lưu: VT. Nguyễn Văn Bình}. */
    private static final Pattern NAME_TAIL = Pattern.compile("(?<=[;.]) +(?=[\\p{Lu}][\\p{Ll}]*(?: [\\p{Lu}][\\p{Ll}]*){1,5}$)");

    /** What the footer holds. */
    record Footer(List<String> distribution, Signer signer) {
        boolean isEmpty() {
            return distribution.isEmpty() && signer == null;
        }
    }

    private enum Kind { CUE, ITEM, AUTHORITY, CAPS, NAME, STAMP, OTHER }

    private static final class Line {
        final Kind kind;
        final String text;
        final boolean blankBefore;
        boolean used;

        Line(Kind kind, String text, boolean blankBefore) {
            this.kind = kind;
            this.text = text;
            this.blankBefore = blankBefore;
        }
    }

    private LetterFooterParser() {
    }

    /** The footer among the last of {@code pieces} (which start after the header). */
    static Footer parse(LetterLexicon lex, List<LetterPiece> pieces) {
        int start = Math.max(0, pieces.size() - FOOTER_PIECES);
        List<Line> lines = new ArrayList<>();
        boolean signerSeen = false;
        for (int i = start; i < pieces.size(); i++) {
            signerSeen |= classify(lex, pieces.get(i), lines);
        }
        if (signerSeen) {
            splitNameTails(lex, lines);
        }
        Signer signer = signer(lex, lines);
        return new Footer(distribution(lex, lines), signer);
    }

    /** Adds the lines of one piece; true when one of them is a signer line in capitals. */
    private static boolean classify(LetterLexicon lex, LetterPiece piece, List<Line> out) {
        String text = withoutStampGroups(lex, piece.text());
        String key = LetterLexicon.key(text);
        boolean blank = piece.blankBefore();
        if (text.isEmpty() || lex.stampLine.matcher(LetterLexicon.key(piece.text())).matches()) {
            out.add(new Line(Kind.STAMP, piece.text(), blank));
            return false;
        }
        Matcher cue = LetterHeaderParser.NOI_NHAN.matcher(key);
        boolean isCue = cue.lookingAt();
        if (isCue || piece.isBullet()) {
            int listStart = isCue ? cue.end() : 0;
            int cut = signerColumn(lex, text, key, listStart);
            String list = text.substring(listStart, cut).strip();
            if (isCue) {
                out.add(new Line(Kind.CUE, list, blank));
            } else if (!list.isEmpty()) {
                out.add(new Line(Kind.ITEM, list, blank));
            }
            return cut < text.length() && signerLine(lex, text.substring(cut).strip(), false, out) != null;
        }
        Kind signer = signerLine(lex, text, blank, out);
        if (signer != null) {
            return signer == Kind.AUTHORITY || lex.position.matcher(key).lookingAt();
        }
        out.add(new Line(SignerParser.isName(lex, text) ? Kind.NAME : Kind.OTHER, text, blank));
        return false;
    }

    /**
     * Adds {@code text} as a signer line when it is in capitals (maybe closed by a name): returns
     * {@link Kind#AUTHORITY} when it opens with an authority, {@link Kind#CAPS} otherwise, and null (adding
     * nothing) when the text is not in capitals or too long for a signer line.
     */
    private static Kind signerLine(LetterLexicon lex, String text, boolean blank, List<Line> out) {
        SignerParser.CapsAndName cn = SignerParser.capsAndName(lex, text);
        if (cn.caps() == null || cn.caps().isEmpty() || LetterPiece.words(cn.caps()) > MAX_SIGNER_WORDS) {
            return null;
        }
        Kind kind = lex.authority.matcher(LetterLexicon.key(cn.caps())).lookingAt() ? Kind.AUTHORITY : Kind.CAPS;
        out.add(new Line(kind, cn.caps(), blank));
        if (cn.name() != null) {
            out.add(new Line(Kind.NAME, cn.name(), false));
        }
        return kind;
    }

    /**
     * Where the signer column starts in a list line, or the line's length: the first break after which the
     * rest is a signer line in capitals opening with an authority or a position.
     */
    private static int signerColumn(LetterLexicon lex, String text, String key, int from) {
        if (text.length() > MAX_COLUMN_LINE_CHARS) {
            return text.length();
        }
        if (from > 0 && from < text.length() && isSignerStart(lex, text.substring(from), key.substring(from))) {
            return from; // the cue directly followed by the signer column: "Nơi nhận: KT. GIÁM ĐỐC"
        }
        Matcher m = COLUMN_BREAK.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            if (isSignerStart(lex, text.substring(m.end()), key.substring(m.end()))) {
                return m.end();
            }
        }
        return text.length();
    }

    /** The text is a signer line in capitals (maybe closed by a name) opening with an authority or a position. */
    private static boolean isSignerStart(LetterLexicon lex, String text, String key) {
        SignerParser.CapsAndName cn = SignerParser.capsAndName(lex, text);
        return cn.caps() != null && !cn.caps().isEmpty()
                && (lex.authority.matcher(key).lookingAt() || lex.position.matcher(key).lookingAt());
    }

    /** Cuts a name closing a list entry into a line of its own: {@code - Lưu: VT. Nguyễn Văn Bình}. */
    private static void splitNameTails(LetterLexicon lex, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind != Kind.ITEM) {
                continue;
            }
            Matcher m = NAME_TAIL.matcher(l.text);
            if (m.find() && SignerParser.isName(lex, l.text.substring(m.end()))) {
                lines.set(i, new Line(Kind.ITEM, l.text.substring(0, m.start()), l.blankBefore));
                lines.add(i + 1, new Line(Kind.NAME, l.text.substring(m.end()), false));
                i++;
            }
        }
    }

    /**
     * The signature block: from the first authority line (or, with none, the first short position line),
     * the lines in capitals, skipping list entries and stamps between them, then the name.
     */
    private static Signer signer(LetterLexicon lex, List<Line> lines) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).kind == Kind.AUTHORITY) {
                start = i;
            }
        }
        for (int i = 0; i < lines.size() && start < 0; i++) {
            Line l = lines.get(i);
            if (l.kind == Kind.CAPS && words(l.text) <= MAX_BARE_POSITION_WORDS
                    && lex.position.matcher(LetterLexicon.key(l.text)).lookingAt()) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        List<String> block = new ArrayList<>();
        boolean lastIsAuthority = false;
        boolean hasPosition = false;
        String name = null;
        for (int i = start; i < lines.size(); i++) {
            Line l = lines.get(i);
            String key = LetterLexicon.key(l.text);
            if (l.kind == Kind.AUTHORITY && !lex.actingPrefix.matcher(key).lookingAt()) {
                if (hasPosition) {
                    break;
                }
                block.add(l.text);
                lastIsAuthority = true;
            } else if (l.kind == Kind.AUTHORITY || l.kind == Kind.CAPS) {
                if (hasPosition) {
                    break;
                }
                if (lastIsAuthority && lex.opensWithBody(key) && !lex.position.matcher(key).lookingAt()) {
                    // the authority's body broken over two lines: TM. ỦY BAN NHÂN DÂN / TỈNH HẬU GIANG
                    block.set(block.size() - 1, block.get(block.size() - 1) + " " + l.text);
                } else {
                    block.add(l.text);
                    hasPosition = true;
                    lastIsAuthority = false;
                }
            } else if (l.kind == Kind.NAME) {
                name = l.text;
                l.used = true;
                break;
            } else {
                continue;
            }
            l.used = true;
        }
        return SignerParser.build(lex, block, name);
    }

    /**
     * The {@code Nơi nhận} entries: what follows the cue on its line, the bullet lines, and lines standing one
     * entry each or continuing an open entry; signer lines between them are skipped. Ends at a blank line
     * before a line that is not an entry, at a closed entry followed by other text, or at a second cue.
     */
    private static List<String> distribution(LetterLexicon lex, List<Line> lines) {
        int cue = -1;
        for (int i = lines.size() - 1; i >= 0 && cue < 0; i--) {
            if (lines.get(i).kind == Kind.CUE) {
                cue = i;
            }
        }
        if (cue < 0) {
            return List.of();
        }
        List<String> raw = new ArrayList<>(LetterItems.split(lines.get(cue).text));
        for (int i = cue + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.used || l.kind == Kind.STAMP || l.kind == Kind.AUTHORITY
                    || l.kind == Kind.CAPS && lex.position.matcher(LetterLexicon.key(l.text)).lookingAt()) {
                continue;
            }
            if (l.kind == Kind.ITEM) {
                raw.addAll(LetterItems.split(l.text));
                continue;
            }
            if (l.kind == Kind.NAME || l.kind == Kind.CUE || l.blankBefore && !raw.isEmpty()
                    || words(l.text) > LetterHeaderParser.MAX_ITEM_WORDS) {
                break;
            }
            if (raw.isEmpty()) {
                raw.addAll(LetterItems.split(l.text));
                continue;
            }
            String last = raw.get(raw.size() - 1);
            char end = LetterItems.end(last);
            if (end == ';' || end == ',') {
                raw.addAll(LetterItems.split(l.text));
            } else if (!LetterItems.isClosed(last) && words(l.text) <= LetterHeaderParser.MAX_CONTINUATION_WORDS) {
                raw.set(raw.size() - 1, last + " " + l.text);
            } else {
                break;
            }
        }
        return LetterItems.clean(raw);
    }

    /** The text without bracketed stamps: {@code PHÓ CHỦ TỊCH (Đã ký)} → {@code PHÓ CHỦ TỊCH}. */
    private static String withoutStampGroups(LetterLexicon lex, String text) {
        Matcher m = lex.stampGroup.matcher(LetterLexicon.key(text));
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        do {
            sb.append(text, from, m.start()).append(' ');
            from = m.end();
        } while (m.find());
        sb.append(text.substring(from));
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    private static int words(String s) {
        return LetterPiece.words(s);
    }
}
