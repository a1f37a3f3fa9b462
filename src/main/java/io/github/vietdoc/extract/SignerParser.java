package io.github.vietdoc.extract;

import io.github.vietdoc.model.Signer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the signer from the lines of a signature block (Decree 30/2020/NĐ-CP, Appendix I): the authority
 * ({@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH}, {@code T/M BAN THƯỜNG VỤ}, possibly two lines), the
 * position ({@code PHÓ CHỦ TỊCH}; an acting head writes {@code Q. CHỦ TỊCH}) and the name in title case.
 * Also reads a block flattened onto one line ({@code KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình}) by taking the
 * longest position that closes the line. Stateless.
 */
final class SignerParser {
    /**
     * A person's name as the block prints it: two to six words in title case, {@code Nguyễn Văn Bình},
     * {@code Hồ Thị Ánh}.
     */
    private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{Ll}]*(?: [\\p{Lu}][\\p{Ll}]*){1,5}$");
    /** An authority line holding its position is short; a longer one is not searched for the position. */
    private static final int MAX_SIGNER_CHARS = 80;

    /** A line in capitals followed by a name, as one flattened line gives it. */
    record CapsAndName(String caps, String name) {
    }

    private SignerParser() {
    }

    /** True for a person's name: title case, not opening with a body head or place level ({@code Sở Y Tế}). */
    static boolean isName(LetterLexicon lex, String text) {
        return NAME.matcher(text).matches() && !lex.opensWithBody(LetterLexicon.key(text));
    }

    /**
     * Cuts a line into its part in capitals and the name that closes it: {@code PHÓ CHỦ TỊCH Nguyễn Văn Bình},
     * also glued ({@code CHỦ TỊCHNguyễn Văn Bình}). The name is null when there is none; the caps part is null
     * when the line is neither.
     */
    static CapsAndName capsAndName(LetterLexicon lex, String text) {
        int lower = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                lower = i;
                break;
            }
        }
        if (lower < 0) {
            return new CapsAndName(LetterPiece.isCaps(text) ? text.strip() : null, null);
        }
        int start = lower - 1;
        if (start < 1 || !Character.isUpperCase(text.charAt(start))) {
            return new CapsAndName(null, null);
        }
        String caps = text.substring(0, start).strip();
        String name = text.substring(start).strip();
        if (caps.codePoints().filter(Character::isLetter).count() < 2) {
            return new CapsAndName(null, null); // "Y Khâm Byă" is a name, not the capital Y and a name
        }
        if (!LetterPiece.isCaps(caps) || !isName(lex, name)) {
            return new CapsAndName(null, null);
        }
        return new CapsAndName(caps, name);
    }

    /** The signer of the block's lines in capitals (authority lines, then the position) and its name, or null. */
    static Signer build(LetterLexicon lex, List<String> lines, String name) {
        if (lines.isEmpty()) {
            return null;
        }
        String authority;
        String position;
        String last = lines.get(lines.size() - 1);
        String lastKey = LetterLexicon.key(last);
        if (lines.size() == 1) {
            String[] split = single(lex, last);
            authority = split[0];
            position = split[1];
        } else if (lex.authority.matcher(lastKey).lookingAt() && !lex.actingPrefix.matcher(lastKey).lookingAt()) {
            authority = String.join(" ", lines);
            position = null;
        } else {
            authority = String.join(" ", lines.subList(0, lines.size() - 1));
            position = last;
        }
        return new Signer(authority, position, name);
    }

    /**
     * One line: an authority line holding its position ({@code KT. CHỦ TỊCH PHÓ CHỦ TỊCH},
     * {@code T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ}), an authority alone, or a position alone ({@code CHỦ TỊCH},
     * {@code Q. GIÁM ĐỐC}).
     */
    private static String[] single(LetterLexicon lex, String line) {
        String key = LetterLexicon.key(line);
        Matcher prefix = lex.authority.matcher(key);
        if (!prefix.lookingAt() || lex.actingPrefix.matcher(key).lookingAt()) {
            return new String[] {null, line};
        }
        int bodyStart = prefix.end();
        if (key.length() - bodyStart > MAX_SIGNER_CHARS) {
            return new String[] {line, null};
        }
        // the longest position closing the line, leaving the authority its body; a flattened line may have
        // lost the space between them (KT. CHỦ TỊCHPHÓ CHỦ TỊCH), so every letter is a possible start
        for (int j = bodyStart + 1; j < key.length(); j++) {
            if (Character.isLetter(key.charAt(j)) && lex.wholePosition.matcher(key.substring(j)).matches()) {
                return new String[] {line.substring(0, j).strip(), line.substring(j).strip()};
            }
        }
        return new String[] {line, null};
    }
}
