package io.github.vietdoc.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the issuer lines of a header into bodies, top to bottom. A line opening with a body head starts a
 * new body ({@code ĐẢNG BỘ TỈNH BẮC GIANG} / {@code HUYỆN ỦY LỤC NGẠN}: parent body, then issuer), unless the
 * body above is only a head waiting for its place ({@code ỦY BAN NHÂN DÂN} / {@code TỈNH HẬU GIANG}) or ends
 * with a connective; a line opening with a place level continues a body that names no place yet; any other
 * line continues the body above ({@code BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH} / {@code COVID-19 TỈNH}).
 */
final class IssuerGrouper {
    /** A line opening with a connective continues the body above: {@code VÀ DOANH NGHIỆP TỈNH}. */
    private static final Pattern OPENS_WITH_CONNECTIVE = Pattern.compile("^(?:VÀ|CỦA|&|-)(?![\\p{L}\\p{N}])");
    /** A body ending with a connective goes on below: {@code ĐẢNG ỦY KHỐI CƠ QUAN VÀ}. */
    private static final Pattern ENDS_WITH_CONNECTIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:VÀ|CỦA|&|-)$|[,-]$");

    private IssuerGrouper() {
    }

    static List<String> group(LetterLexicon lex, List<String> lines) {
        List<String> bodies = new ArrayList<>();
        String current = null;
        for (String line : lines) {
            String key = LetterLexicon.key(line);
            if (current == null) {
                current = line;
                continue;
            }
            String currentKey = LetterLexicon.key(current);
            if (continues(lex, currentKey, key)) {
                current = current + " " + line;
            } else {
                bodies.add(current);
                current = line;
            }
        }
        if (current != null) {
            bodies.add(current);
        }
        return bodies;
    }

    private static boolean continues(LetterLexicon lex, String above, String line) {
        Matcher head = lex.bodyHead.matcher(above);
        boolean bareHead = head.lookingAt() && head.end() == above.length();
        if (bareHead || ENDS_WITH_CONNECTIVE.matcher(above).find() || OPENS_WITH_CONNECTIVE.matcher(line).lookingAt()) {
            return true;
        }
        if (lex.bodyHead.matcher(line).lookingAt()) {
            return false;
        }
        if (lex.placeLevel.matcher(line).lookingAt()) {
            Matcher place = lex.placeLevelAnywhere.matcher(above);
            return !place.find();
        }
        return true;
    }
}
