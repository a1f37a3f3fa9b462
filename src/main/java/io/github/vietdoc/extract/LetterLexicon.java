package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The word lists of the letter block (issuer heads, place levels, motto and marks, signer authorities and
 * positions, signature stamps, document kinds), compiled once into patterns. The patterns match
 * {@linkplain #key keys}: capitals with the tone mark of {@code oa}, {@code oe}, {@code uy} on the first
 * vowel, so that {@code Huyện uỷ}, {@code Huyện ủy} and {@code HUYỆN ỦY} all read {@code HUYỆN ỦY}.
 * A key has the length of its text, so an offset found in the key cuts the text at the same place.
 * Immutable and thread-safe.
 */
final class LetterLexicon {
    /** No letter or digit right after: the end of a word. */
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** No letter or digit right before: the start of a word. */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    /** The second vowel of a modern-placed final {@code oa/oe/uy} and its classic pair, e.g. {@code OÀ} → {@code ÒA}. */
    private static final String MODERN_A = "ÀÁẢÃẠ";
    private static final String MODERN_E = "ÈÉẺẼẸ";
    private static final String MODERN_Y = "ỲÝỶỸỴ";
    private static final String CLASSIC_O = "ÒÓỎÕỌ";
    private static final String CLASSIC_U = "ÙÚỦŨỤ";

    private static final LetterLexicon DEFAULT = new LetterLexicon();

    /** A line that opens with a body head: {@code ỦY BAN NHÂN DÂN TỈNH HẬU GIANG}, {@code HUYỆN ỦY LỤC NGẠN}. */
    final Pattern bodyHead;
    /** A line that opens with a place level: {@code TỈNH HẬU GIANG}, {@code THÀNH PHỐ VỊ THANH}. */
    final Pattern placeLevel;
    /** A place level anywhere: the {@code TỈNH} of {@code ĐẢNG BỘ TỈNH BẮC GIANG}. */
    final Pattern placeLevelAnywhere;
    /** The motto or the Party's name inside a line: {@code UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}. */
    final Pattern motto;
    /** A whole line that is an urgency, secrecy or draft mark: {@code HỎA TỐC}, {@code MẬT}. */
    final Pattern markLine;
    /** The authority prefix opening a signer line: {@code KT. CHỦ TỊCH}, {@code T/M BAN THƯỜNG VỤ}, {@code Q. GIÁM ĐỐC}. */
    final Pattern authority;
    /** The acting-head prefix, which makes its line a position: {@code Q. CHỦ TỊCH}. */
    final Pattern actingPrefix;
    /** A line that opens with a signer position: {@code PHÓ CHỦ TỊCH}, {@code CHÁNH VĂN PHÒNG}. */
    final Pattern position;
    /** A string that is one signer position and nothing else: {@code PHÓ BÍ THƯ}. */
    final Pattern wholePosition;
    /** A whole line that is a signature stamp: {@code (Đã ký)}, {@code Ký bởi: Văn phòng UBND tỉnh}. */
    final Pattern stampLine;
    /** A bracketed stamp inside a line: the {@code (Đã ký)} of {@code PHÓ CHỦ TỊCH (Đã ký)}. */
    final Pattern stampGroup;
    /** A kind heading alone on its line: {@code QUYẾT ĐỊNH}, {@code THÔNG BÁO KẾT LUẬN}, {@code KẾ HOẠCH:}. */
    final Pattern kindHeading;
    /** A kind heading that line joining glued to a lower-case title: {@code BÁO CÁO kết quả lãnh đạo …}. */
    final Pattern kindThenTitle;
    /** The first word of each motto line, a cheap test before {@link #motto} is searched. */
    private final List<String> mottoOpenings = new ArrayList<>();

    private LetterLexicon() {
        bodyHead = Pattern.compile("^" + alternation(terms("issuer-heads")) + WORD_END);
        String places = alternation(terms("place-levels"));
        placeLevel = Pattern.compile("^" + places + WORD_END);
        placeLevelAnywhere = Pattern.compile(WORD_START + places + WORD_END);
        List<String> mottos = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("letter-header-marks").entries()) {
            ("motto".equals(e.field(0)) ? mottos : marks).add(key(e.term()));
            if ("motto".equals(e.field(0))) {
                mottoOpenings.add(key(e.term()).split(" ")[0]);
            }
        }
        motto = Pattern.compile(WORD_START + alternation(mottos) + WORD_END);
        markLine = Pattern.compile("^" + alternation(marks) + "$");
        List<String> prefixes = new ArrayList<>();
        for (String t : terms("signer-authorities")) {
            prefixes.add(prefix(t));
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        authority = Pattern.compile("^(?:" + String.join("|", prefixes) + ")(?=[\\p{L}]{2})");
        actingPrefix = Pattern.compile("^(?:" + prefix("Q") + "|" + prefix("QUYỀN") + ")(?=[\\p{L}]{2})");
        String positions = alternation(terms("signer-positions"));
        position = Pattern.compile("^" + positions + WORD_END);
        wholePosition = Pattern.compile("^" + positions + "$");
        List<String> lineStamps = new ArrayList<>();
        List<String> allStamps = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("signature-stamps").entries()) {
            allStamps.add(key(e.term()));
            if ("line".equals(e.field(0))) {
                lineStamps.add(key(e.term()));
            }
        }
        stampLine = Pattern.compile("^[(\\[]? *" + alternation(lineStamps) + "(?![\\p{L}\\p{N}]).*$|^[(\\[] *"
                + alternation(allStamps) + "(?![\\p{L}\\p{N}])[^)\\]]*[)\\]]$");
        stampGroup = Pattern.compile("[(\\[] *" + alternation(allStamps) + "(?![\\p{L}\\p{N}])[^)\\]\\n]{0,80}[)\\]]");
        List<String> kinds = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("document-kinds").entries()) {
            String k = key(e.field(0));
            if (!kinds.contains(k)) {
                kinds.add(k);
            }
        }
        kindHeading = Pattern.compile("^" + alternation(kinds) + " *:?$");
        kindThenTitle = Pattern.compile("^" + alternation(kinds) + " +(?=[\\p{L}])");
    }

    static LetterLexicon get() {
        return DEFAULT;
    }

    /**
     * The matching key of a text: every character in capitals ({@link Character#toUpperCase(char)}, which is
     * locale-free) and a word-final {@code OÀ}, {@code OÈ}, {@code UỶ}… written with the classic placement
     * {@code ÒA}, {@code ÒE}, {@code ỦY}. Same length as the text.
     */
    static String key(String text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toUpperCase(text.charAt(i));
        }
        for (int i = 0; i + 1 < c.length; i++) {
            boolean wordFinal = i + 2 == c.length || !Character.isLetter(c[i + 2]);
            if (!wordFinal) {
                continue;
            }
            int tone;
            if (c[i] == 'O' && (tone = MODERN_A.indexOf(c[i + 1])) >= 0) {
                c[i] = CLASSIC_O.charAt(tone);
                c[i + 1] = 'A';
            } else if (c[i] == 'O' && (tone = MODERN_E.indexOf(c[i + 1])) >= 0) {
                c[i] = CLASSIC_O.charAt(tone);
                c[i + 1] = 'E';
            } else if (c[i] == 'U' && (tone = MODERN_Y.indexOf(c[i + 1])) >= 0) {
                c[i] = CLASSIC_U.charAt(tone);
                c[i + 1] = 'Y';
            }
        }
        return new String(c);
    }

    boolean isMotto(String key) {
        return motto.matcher(key).matches();
    }

    /** False when the key cannot hold a motto line, so that {@link #motto} need not be searched. */
    boolean mayHoldMotto(String key) {
        for (String w : mottoOpenings) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isMark(String key) {
        return markLine.matcher(key).matches();
    }

    /** True when the key opens with a body head or a place level: not a person's name, nor a title line. */
    boolean opensWithBody(String key) {
        return bodyHead.matcher(key).lookingAt() || placeLevel.matcher(key).lookingAt();
    }

    private static List<String> terms(String lexicon) {
        List<String> out = new ArrayList<>();
        for (String t : Lexicon.named(lexicon).terms()) {
            out.add(key(t));
        }
        return out;
    }

    /**
     * A regex alternation of phrases in capitals, longest first; spaces match a run of spaces, and a
     * {@code -} standing between spaces is a dash that may be missing ({@code ĐỘC LẬP TỰ DO HẠNH PHÚC}).
     */
    private static String alternation(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?:");
        for (int p = 0; p < sorted.size(); p++) {
            if (p > 0) {
                sb.append('|');
            }
            String[] words = sorted.get(p).split(" ");
            boolean dashBefore = true;
            for (String w : words) {
                if (w.equals("-")) {
                    sb.append(" *-? *");
                    dashBefore = true;
                    continue;
                }
                if (!dashBefore) {
                    sb.append(" +");
                }
                sb.append(Pattern.quote(w));
                dashBefore = false;
            }
        }
        return sb.append(')').toString();
    }

    /**
     * The pattern of one authority prefix: an abbreviation {@code TM} reads {@code TM.}, {@code T/M}, {@code T.M.}
     * or {@code TM} and ends with a dot or a space ({@code Q} needs its dot); a phrase ({@code KÝ THAY}) ends
     * with a space.
     */
    private static String prefix(String term) {
        if (term.indexOf(' ') >= 0 || term.length() > 3) {
            return alternation(List.of(term)) + " +";
        }
        if (term.length() == 1) {
            return Pattern.quote(term) + "\\. *";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            if (i > 0) {
                sb.append("[./]?");
            }
            sb.append(Pattern.quote(term.substring(i, i + 1)));
        }
        return sb.append("(?:\\. *| +)").toString();
    }
}
