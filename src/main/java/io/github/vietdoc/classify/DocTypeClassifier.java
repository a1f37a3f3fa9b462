package io.github.vietdoc.classify;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what kind of document a text is. Rules on the genre's conventions (Decree 30/2020/NĐ-CP,
 * Guidance 36-HD/VPTW) decide when they are certain: a kind heading ({@code KẾT LUẬN}) under an
 * administrative header, or a number line whose symbol names the kind ({@code Số 312-KL/TU}). Otherwise
 * an OpenNLP maxent categorizer, trained from our labelled examples, weighs the opening words and the
 * layout cues. Thread-safe.
 */
public final class DocTypeClassifier {
    /** Confidence when a kind heading sits under an administrative header. */
    private static final double HEADING_CONFIDENCE = 0.97;
    /** Confidence when the number line's symbol names the kind. */
    private static final double SYMBOL_CONFIDENCE = 0.93;

    /** With at most one layout cue, the categorizer must be this sure to call a text administrative. */
    private static final double MODEL_ALONE_CONFIDENCE = 0.85;

    private final CueScanner scanner;
    private final DocTypeModel model;
    private final Map<String, DocType> typeByCode = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private final Map<DocType, String> nameByType = new HashMap<>();

    public DocTypeClassifier() {
        this(DocTypeModel.bundled());
    }

    /** With another model, for cross-validating the whole classifier. */
    DocTypeClassifier(DocTypeModel model) {
        Lexicon kinds = Lexicon.named("document-kinds");
        for (Lexicon.Entry e : kinds.entries()) {
            DocType type = DocType.valueOf(e.field(1));
            typeByCode.putIfAbsent(e.term(), type);
            nameByCode.putIfAbsent(e.term(), e.field(0));
            nameByType.putIfAbsent(type, e.field(0));
        }
        this.scanner = new CueScanner(kinds);
        this.model = model;
    }

    public Classification classify(SourceText doc) {
        Cues cues = scanner.scan(doc);
        List<String> evidence = new ArrayList<>(cues.describe());
        int admin = cues.administrative();
        if (cues.headingKind() != null && admin >= 1) {
            evidence.add("rule: kind heading under an administrative header");
            return new Classification(typeByCode.get(cues.headingKind()), HEADING_CONFIDENCE,
                    nameByCode.get(cues.headingKind()), evidence);
        }
        if (cues.numberCode() != null && typeByCode.containsKey(cues.numberCode()) && admin >= 2) {
            evidence.add("rule: number symbol names the kind");
            return new Classification(typeByCode.get(cues.numberCode()), SYMBOL_CONFIDENCE,
                    nameByCode.get(cues.numberCode()), evidence);
        }
        if (cues.titleKind() != null && typeByCode.get(cues.titleKind()) == DocType.CONCLUSION && admin <= 2) {
            evidence.add("rule: the page heading announces a conclusion");
            return new Classification(DocType.CONCLUSION, HEADING_CONFIDENCE - 0.07, nameByCode.get(cues.titleKind()),
                    evidence);
        }
        if (cues.subjectLine() && cues.numberLine() && admin >= 3) {
            // Decree 30: the "V/v" subject under the number is what marks a công văn
            evidence.add("rule: V/v subject under a number line");
            return new Classification(DocType.OFFICIAL_LETTER, SYMBOL_CONFIDENCE, "Công văn", evidence);
        }
        Map<DocType, Double> p = model.probabilities(doc, cues);
        DocType best = DocType.UNKNOWN;
        double score = 0;
        for (Map.Entry<DocType, Double> e : p.entrySet()) {
            if (e.getValue() > score) {
                best = e.getKey();
                score = e.getValue();
            }
        }
        evidence.add(String.format(java.util.Locale.ROOT, "model: %s %.2f", best, score));
        if (best == DocType.NEWS_ITEM && admin >= 3) {
            // the categorizer has not seen this layout; three header and footer cues make it a letter
            evidence.add("rule: administrative layout overrides the model");
            return new Classification(DocType.OFFICIAL_LETTER, 0.7, "Công văn", evidence);
        }
        if (best.isAdministrative() && admin < 2 && score < MODEL_ALONE_CONFIDENCE) {
            // no header, no footer, and an unsure model: general news that merely talks about documents
            evidence.add("rule: no administrative layout and an unsure model");
            return new Classification(DocType.NEWS_ITEM, Math.max(0.5, p.getOrDefault(DocType.NEWS_ITEM, 0.0)), null,
                    evidence);
        }
        String kind = best.isAdministrative() ? (cues.numberCode() != null && typeByCode.get(cues.numberCode()) == best
                ? nameByCode.get(cues.numberCode()) : nameByType.get(best)) : null;
        return new Classification(best, score, kind, evidence);
    }
}
