package io.github.vietdoc.classify;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells administrative documents from news by the conventions of the genre (Decree 30/2020/NĐ-CP,
 * Guidance 36-HD/VPTW): the kind heading, the number-and-symbol line, the motto, {@code V/v},
 * {@code Kính gửi}, {@code Nơi nhận}. Thread-safe.
 */
public final class DocTypeClassifier {
    /** Administrative cues live in the first lines (header) or as whole lines (footer). */
    private static final int HEADER_CHARS = 1500;
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "(?mu)^[ |]*Số *:? *\\d+[\\d/ ]*(?:[-–/] *)?(?<code>[\\p{Lu}][\\p{L}]*)[ -]*/");
    private static final Pattern LETTER_CUES = Pattern.compile("(?mu)^[ |\\-]*(?:V/v\\b|Kính gửi *:|Nơi nhận *:)");

    private final Map<String, DocType> typeByCode = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private final Map<String, String> codeByHeading = new HashMap<>();
    private final Pattern kindHeading;

    public DocTypeClassifier() {
        List<String> headings = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("document-kinds").entries()) {
            typeByCode.putIfAbsent(e.term(), DocType.valueOf(e.field(1)));
            nameByCode.putIfAbsent(e.term(), e.field(0));
            String heading = e.field(0).toUpperCase(Locale.ROOT);
            codeByHeading.putIfAbsent(heading, e.term());
            headings.add(heading);
        }
        this.kindHeading = Pattern.compile("(?mu)^[ |]*(" + Lexicon.alternation(headings) + ")[ |]*$");
    }

    public Classification classify(SourceText doc) {
        String text = doc.text();
        String head = text.substring(0, Math.min(text.length(), HEADER_CHARS));
        List<String> evidence = new ArrayList<>();
        int cues = 0;
        if (MOTTO.matcher(head).find()) {
            evidence.add("motto");
            cues++;
        }
        String code = null;
        Matcher number = NUMBER_LINE.matcher(head);
        if (number.find()) {
            code = number.group("code");
            evidence.add("number line " + code);
            cues++;
        }
        Matcher cue = LETTER_CUES.matcher(text);
        while (cue.find()) {
            evidence.add(cue.group().strip());
            cues++;
        }
        Matcher heading = kindHeading.matcher(head);
        if (heading.find() && cues >= 1) {
            String c = codeByHeading.get(heading.group(1).replaceAll(" +", " "));
            evidence.add("kind heading " + heading.group(1));
            return new Classification(typeByCode.get(c), 0.95, nameByCode.get(c), evidence);
        }
        if (cues >= 2) {
            DocType type = code != null && typeByCode.containsKey(code) ? typeByCode.get(code) : DocType.OFFICIAL_LETTER;
            String kind = code != null ? nameByCode.getOrDefault(code, "Công văn") : "Công văn";
            return new Classification(type, Math.min(0.95, 0.6 + 0.1 * cues), kind, evidence);
        }
        evidence.add("no administrative header");
        return new Classification(DocType.NEWS_ITEM, cues == 0 ? 0.8 : 0.6, null, evidence);
    }
}
