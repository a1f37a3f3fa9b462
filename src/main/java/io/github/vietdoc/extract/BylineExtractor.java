package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the byline that closes a news item: {@code Quang Huấn}, {@code Tin, ảnh: Thanh Thúy},
 * {@code Bình Minh/Trung tâm TT&VH Ba Chẽ} (the part after the slash is the newsroom),
 * {@code Minh Anh - Hoàng Long}. Source lines ({@code Nguồn: …}, {@code (Theo …)}) below it are
 * skipped. Names are two to five capitalized syllables; a line in capitals is a signature block, not a byline.
 */
public final class BylineExtractor {
    private static final int LOOK_BACK_LINES = 3;
    private static final String SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    private static final String NAME = "(?:" + SYLLABLE + "(?: " + SYLLABLE + "){1,4}"
            + "|\\p{Lu}\\.(?: ?\\p{Lu}\\.)*" + " ?" + SYLLABLE + "(?: " + SYLLABLE + ")*)";
    private static final String PREFIX = "(?:(?:Tin|Bài|Ảnh|Video|Clip|Bài viết)(?: *(?:,|và|/|-|&) *"
            + "(?:ảnh|bài|video|clip|Ảnh))?|Nhóm (?:PV|phóng viên)|PV|CTV|Thực hiện|Tác giả|Nhóm tác giả) *: *";
    private static final String SEPARATOR = " *(?:,|-|và|&) *";
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)^\\(?(?:nguồn|theo|source) *:?.*\\)?\\.?$");

    private final Pattern bylineLine;

    public BylineExtractor() {
        String org = Lexicon.alternation(Lexicon.named("newsrooms").terms());
        this.bylineLine = Pattern.compile("^\\(?(?:" + PREFIX + ")?(?<names>" + NAME + "(?:" + SEPARATOR + NAME + ")*)"
                + "(?<org> *(?:/|\\(|-) *" + org + ".*| */.+| *\\(.+\\))?\\)?\\.?$");
    }

    public Byline extract(SourceText doc, DocType type) {
        if (type.isAdministrative()) {
            return Byline.NONE;
        }
        List<TextRange> lines = PageHeaderExtractor.nonBlankLines(doc);
        for (int k = lines.size() - 1; k >= 1 && k >= lines.size() - LOOK_BACK_LINES; k--) {
            String line = doc.text(lines.get(k)).strip();
            if (SOURCE_LINE.matcher(line).matches()) {
                continue;
            }
            List<String> names = names(line);
            return names.isEmpty() ? Byline.NONE : new Byline(names, lines.get(k));
        }
        return Byline.NONE;
    }

    /** The author names a byline line holds, or an empty list when the line is not a byline. */
    List<String> names(String line) {
        if (line.equals(line.toUpperCase(java.util.Locale.ROOT)) || line.length() > 120) {
            return List.of();
        }
        Matcher m = bylineLine.matcher(line);
        if (!m.matches()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : m.group("names").split(SEPARATOR)) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out;
    }
}
