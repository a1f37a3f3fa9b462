package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the byline that closes a news item: {@code Quang Huấn}, {@code Tin, ảnh: Thanh Thúy},
 * {@code Bình Minh/Trung tâm TT&VH Ba Chẽ} (the part after the slash is the newsroom),
 * {@code Thu Hà - Báo Bắc Giang}, {@code Minh Anh - Hoàng Long} (two authors),
 * {@code Mộc Miên (Tổng hợp)}.
 *
 * <p>The byline stands on its own line at the end of the body; below it a page may still carry
 * source lines ({@code Nguồn: …}, {@code (Theo …)}), photo and video credits and the captions of the
 * article's pictures, which are passed over. The search stops at a line that is body text (long, or
 * closing the text with {@code ./.}) or a signature block in capitals.
 *
 * <p>A line is a byline when it is made only of names (two to five capitalized Vietnamese syllables,
 * or initials such as {@code H.M}) with an optional author prefix and newsroom. Without a prefix the
 * line must also not end like a sentence, not start with an honorific or a place word
 * ({@code Ông Nguyễn Văn A} is a caption, {@code Huyện Lục Ngạn} a place) and its names must not occur
 * in the body: a name the article talks about is its subject, not its author.
 */
public final class BylineExtractor {
    /** Non-blank lines at the end of the page searched for the byline, captions and credits included. */
    private static final int LOOK_BACK_LINES = 8;
    /** A line longer than this is body text: the byline is below it or nowhere. */
    private static final int MAX_TRAILER_WORDS = 60;
    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MIN_NAME_PARTS = 2;
    private static final int MAX_NAME_WORDS = 5;
    /** How far before a mention of the name a credit cue ({@code Ảnh: }) is looked for. */
    private static final int CREDIT_CUE_WINDOW = 16;

    /** A capitalized word: {@code Huấn}. */
    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+";
    /** A word in capitals, accepted only after an author prefix: {@code Tin, ảnh: THANH THÚY}. */
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}]+";
    /** Initials alone: {@code H.M}, {@code Đ. V}, {@code N.H.T}. */
    private static final String INITIALS = "\\p{Lu}\\.(?: ?\\p{Lu}\\.?){1,3}";
    private static final Pattern NAME = Pattern.compile("(?:\\p{Lu}\\. ?){0,3}" + WORD + "(?: " + WORD + "){0,4}"
            + "|" + INITIALS);
    private static final Pattern NAME_OR_CAPS = Pattern.compile("(?:\\p{Lu}\\. ?){0,3}(?:" + WORD + "|" + CAPS_WORD
            + ")(?: (?:" + WORD + "|" + CAPS_WORD + ")){0,4}|" + INITIALS);
    private static final Pattern INITIAL_OR_WORD = Pattern.compile("\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}]*");

    /** Who wrote it: {@code Tin, ảnh:}, {@code Bài và ảnh:}, {@code PV:}, {@code Nhóm PV}, {@code Thực hiện:}. */
    private static final Pattern AUTHOR_PREFIX = Pattern.compile("^(?:(?:[Tt]in|[Bb]ài viết|[Bb]ài)"
            + "(?: *(?:,|và|/|-|&) *(?:[Ảả]nh|ẢNH|[Bb]ài|[Vv]ideo|[Cc]lip))? *: *"
            + "|(?:[Pp]hóng viên|[Tt]hực hiện|[Tt]ác giả|[Nn]hóm tác giả|[Nn]gười viết) *: *"
            + "|(?:[Nn]hóm (?:PV|[Pp]hóng viên)|PV-CTV|PV|CTV) *(?::|(?= \\p{Lu})) *)");
    /** A second credit on a prefixed byline: {@code  - Ảnh: } in {@code Tin: Mai Lan - Ảnh: Hoàng Long}. */
    private static final Pattern SECOND_CREDIT = Pattern.compile("(?iu) *[-–,;] *(?:ảnh|video|clip) *: *");
    /** A credit for pictures or video only: their author did not write the article. */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\(?(?:ảnh minh họa|ảnh minh hoạ|ảnh|video|clip"
            + "|đồ họa|đồ hoạ|infographic|nguồn ảnh|thiết kế|trình bày) *:");
    /** A source line: {@code Nguồn: baobacgiang.vn}, {@code (Theo TTXVN)}. */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?u)^\\(?(?:[Nn]guồn|[Tt]heo|[Ss]ource|NGUỒN|THEO)"
            + "(?: *:| +\\p{Lu}| +[a-z0-9.-]+\\.(?:vn|com|net|org))");
    private static final int MAX_SOURCE_WORDS = 12;
    /** The body's closing mark: {@code …của địa phương./.} */
    private static final Pattern BODY_END = Pattern.compile("/\\.$");
    /** What separates two authors: {@code Minh Anh - Hoàng Long}, {@code Lê Hoa, Ngọc Mai và Thu Hà}. */
    private static final Pattern SEPARATOR = Pattern.compile(" *(?:,|;|&|-) *| +và +");
    /** A newsroom or compiler after the names: {@code /Trung tâm …}, {@code (Tổng hợp)}, {@code (Theo Reuters)}. */
    private static final Pattern SLASH_TAIL = Pattern.compile(" */ *(?<org>\\S.*)$");
    private static final Pattern PAREN_TAIL = Pattern.compile(" *\\((?<note>[^()]+)\\)$");
    /** A parenthesized note that starts in lower case is a caption's position or aside, unless it says "compiled". */
    private static final Pattern COMPILER_NOTE = Pattern.compile("(?iu)^(?:tổng hợp|t */ *h|th|theo .+|nguồn.*"
            + "|lược dịch|dịch|biên dịch|ctv|pv|video.*|ảnh.*)$");
    /** Cues before a mention of the author's name that make it a credit, not the article talking about them. */
    private static final Pattern CREDIT_CUE = Pattern.compile("(?iu)(?:ảnh|video|clip|đồ họa|đồ hoạ|tin|bài|pv|ctv"
            + "|thực hiện) *[:,]? *$");
    /** A Vietnamese syllable without its tone mark: initial consonant, one to three vowels, final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile("^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
            + "[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$");
    /** Tone marks (grave, acute, tilde, hook above, dot below), removed before {@link #SYLLABLE} is tried. */
    private static final Pattern TONE_MARKS = Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");
    /** A byline of initials, which is all capitals: {@code T.D}, {@code (H.M.)}. */
    private static final Pattern INITIALS_LINE = Pattern.compile("^\\(?" + INITIALS + "\\.?\\)?$");

    /** A newsroom name; after a first author it may also start with a word that is a given name ("Trang"). */
    private final Pattern newsroomStart;
    private final Pattern newsroomNotNameStart;
    /** Words a person's name does not start with: honorifics and kin terms of captions, places, page words. */
    private final Pattern notANameStart;
    /** Page and section headings in title case that look like two names: {@code Bình Luận}, {@code Thời Sự}. */
    private final Pattern sectionHeading;
    private final List<String> furniture = new ArrayList<>();
    private final List<String> abbreviations = new ArrayList<>();

    public BylineExtractor() {
        Lexicon newsrooms = Lexicon.named("newsrooms");
        List<String> notNames = new ArrayList<>();
        for (Lexicon.Entry e : newsrooms.entries()) {
            if (!"given-name".equals(e.field(0))) {
                notNames.add(e.term());
            }
        }
        this.newsroomStart = Pattern.compile("(?iu)^" + newsrooms.alternation() + "(?: |$)");
        this.newsroomNotNameStart = Pattern.compile("(?iu)^" + Lexicon.alternation(notNames) + "(?: |$)");
        List<String> nameStarts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("byline-stopwords").entries()) {
            ("heading".equals(e.field(0)) ? headings : nameStarts).add(e.term());
        }
        this.notANameStart = Pattern.compile("^" + Lexicon.alternation(nameStarts) + "(?: |$)");
        this.sectionHeading = Pattern.compile("(?iu)^" + Lexicon.alternation(headings) + "$");
        abbreviations.addAll(Lexicon.named("abbreviations").terms());
        for (String term : Lexicon.named("furniture").terms()) {
            furniture.add(term.toLowerCase(Locale.ROOT));
        }
    }

    public Byline extract(SourceText doc, DocType type) {
        if (type.isAdministrative()) {
            return Byline.NONE;
        }
        List<TextRange> lines = PageHeaderExtractor.nonBlankLines(doc);
        for (int k = lines.size() - 1; k >= 1 && k >= lines.size() - LOOK_BACK_LINES; k--) {
            String line = doc.text(lines.get(k)).strip();
            if (isSource(line) || CREDIT_LINE.matcher(line).lookingAt()) {
                continue;
            }
            if (isCapitals(line) || BODY_END.matcher(line).find()
                    || PageHeaderExtractor.words(line) > MAX_TRAILER_WORDS) {
                return Byline.NONE;
            }
            Candidate c = candidate(line);
            if (c == null || c.names().isEmpty()) {
                continue;
            }
            String previous = doc.text(lines.get(k - 1)).strip();
            if (isCapitals(previous)) {
                // a name under a block in capitals ("T/M BAN THƯỜNG VỤ", "CHỦ TỊCH") is the signer
                return Byline.NONE;
            }
            if (endsWithAbbreviation(previous)) {
                continue; // "… phường Vĩnh Lợi TP." / "Rạch Giá": the line goes on a cut sentence
            }
            List<String> names = c.names();
            if (!c.prefixed()) {
                String body = doc.text().substring(0, lines.get(k).start());
                int known = 0;
                while (known < names.size() && !mentioned(body, names.get(known))) {
                    known++;
                }
                if (known == 0) {
                    continue; // the article talks about this name: a caption or a place, not its author
                }
                names = names.subList(0, known); // "Thu Hà - Bắc Giang": the place the body names is not an author
            }
            return new Byline(names, lines.get(k));
        }
        return Byline.NONE;
    }

    /** The author names a byline line holds, or an empty list when the line is not a byline. */
    List<String> names(String line) {
        Candidate c = candidate(line.strip());
        return c == null ? List.of() : c.names();
    }

    /** A line read as a byline, before the document is consulted; null when its shape is not a byline's. */
    private record Candidate(List<String> names, boolean prefixed) {
    }

    private Candidate candidate(String line) {
        if (line.isEmpty() || line.length() > MAX_BYLINE_CHARS) {
            return null;
        }
        String s = line;
        if (s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        boolean period = s.endsWith(".") && !s.endsWith("..") && !INITIALS_LINE.matcher(s).matches();
        if (period) {
            s = s.substring(0, s.length() - 1).strip();
        }
        Matcher prefix = AUTHOR_PREFIX.matcher(s);
        boolean prefixed = prefix.lookingAt();
        if (prefixed) {
            // "Tin: Mai Lan - Ảnh: Hoàng Long": the credit of the pictures is a second byline name
            s = SECOND_CREDIT.matcher(s.substring(prefix.end()).strip()).replaceAll(" - ");
        } else if (isCapitals(s) || isHeading(s)) {
            return null;
        }
        boolean compiled = false;
        Matcher paren = PAREN_TAIL.matcher(s);
        if (paren.find()) {
            String note = paren.group("note").strip();
            compiled = COMPILER_NOTE.matcher(note).matches();
            if (!note.isEmpty() && Character.isLowerCase(note.charAt(0)) && !compiled) {
                return null;
            }
            s = s.substring(0, paren.start()).strip();
        }
        Matcher slash = SLASH_TAIL.matcher(s);
        if (slash.find()) {
            s = s.substring(0, slash.start()).strip();
            compiled = true;
        }
        if (period && !prefixed && !compiled) {
            // "Hoàng Văn Líu." or "Rạch Giá (Kiên Giang)." under a picture is a caption; bylines carry no full stop
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(s, -1)) {
            String name = part.strip();
            if ((names.isEmpty() ? newsroomNotNameStart : newsroomStart).matcher(name).find()) {
                if (names.isEmpty()) {
                    return null; // the line credits a newsroom, not a person
                }
                break; // "Thu Hà - Báo Bắc Giang": the rest is the newsroom
            }
            if (!isName(name, prefixed)) {
                return null;
            }
            names.add(name);
        }
        return new Candidate(names, prefixed);
    }

    /** Two to five capitalized Vietnamese syllables, possibly after initials; or initials alone. */
    private boolean isName(String name, boolean prefixed) {
        if (!(prefixed ? NAME_OR_CAPS : NAME).matcher(name).matches() || notANameStart.matcher(name).find()) {
            return false;
        }
        int parts = 0;
        int words = 0;
        Matcher m = INITIAL_OR_WORD.matcher(name);
        while (m.find()) {
            parts++;
            String token = m.group();
            if (token.length() > 1 && !token.endsWith(".")) {
                words++;
                if (!isVietnameseSyllable(token)) {
                    return false;
                }
            }
        }
        return parts >= MIN_NAME_PARTS && words <= MAX_NAME_WORDS;
    }

    static boolean isVietnameseSyllable(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = Normalizer.normalize(
                TONE_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""),
                Normalizer.Form.NFC);
        return SYLLABLE.matcher(bare).matches();
    }

    private boolean isHeading(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (sectionHeading.matcher(lower).matches()) {
            return true;
        }
        for (String marker : furniture) {
            if (lower.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The line ends with an abbreviation that stands before a name ({@code TP.}, {@code Q.}, {@code GS.}). */
    private boolean endsWithAbbreviation(String line) {
        for (String abbreviation : abbreviations) {
            if (line.endsWith(abbreviation)) {
                int at = line.length() - abbreviation.length();
                if (at == 0 || !Character.isLetter(line.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSource(String line) {
        return SOURCE_LINE.matcher(line).lookingAt() && PageHeaderExtractor.words(line) <= MAX_SOURCE_WORDS;
    }

    /** A line in capitals with at least two letters: a signature block or a shouted heading, not initials. */
    private static boolean isCapitals(String line) {
        return ClosingMatter.isCapitals(line) && !INITIALS_LINE.matcher(line.strip()).matches();
    }

    /** True when the name occurs in the body other than in a credit ({@code Ảnh: Quang Huấn}). */
    private static boolean mentioned(String body, String name) {
        int from = 0;
        int at;
        while ((at = body.indexOf(name, from)) >= 0) {
            from = at + 1;
            int after = at + name.length();
            boolean bounded = (at == 0 || !Character.isLetter(body.charAt(at - 1)))
                    && (after >= body.length() || !Character.isLetter(body.charAt(after)));
            if (bounded && !CREDIT_CUE.matcher(body.substring(Math.max(0, at - CREDIT_CUE_WINDOW), at)).find()) {
                return true;
            }
        }
        return false;
    }
}
