package io.github.vietdoc.classify;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP maxent document categorizer over the opening words of a document and its layout cues,
 * trained when first used from the labelled examples we keep in {@code doctype-examples.tsv}
 * (never a downloaded model). Training is deterministic: the same examples give the same model.
 */
final class DocTypeModel {
    static final String EXAMPLES = "/io/github/vietdoc/classify/doctype-examples.tsv";
    /** Opening words the categorizer reads; the examples are openings of about this length. */
    private static final int WORDS = 120;
    private static final int ITERATIONS = 150;
    /** Enough characters for {@link #WORDS} words; the rest of a long text is not read. */
    private static final int OPENING_CHARS = 1500;
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private final DoccatModel model;
    /** A categorizer is not documented as thread-safe; one per thread, reused across documents. */
    private final ThreadLocal<DocumentCategorizerME> categorizers;

    private DocTypeModel(DoccatModel model) {
        this.model = model;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The model trained from the bundled examples, once per class loader. */
    static DocTypeModel bundled() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final DocTypeModel MODEL = train(Examples.load());
    }

    /** Probability of each type for a document, with its cues already scanned. */
    Map<DocType, Double> probabilities(SourceText doc, Cues cues) {
        DocumentCategorizerME categorizer = categorizers.get();
        double[] p = categorizer.categorize(tokens(doc, cues));
        Map<DocType, Double> out = new EnumMap<>(DocType.class);
        for (int i = 0; i < p.length; i++) {
            out.put(DocType.valueOf(categorizer.getCategory(i)), p[i]);
        }
        return out;
    }

    static DocTypeModel train(List<Example> examples) {
        try {
            return new DocTypeModel(DocumentCategorizerME.train("vi", new CollectionObjectStream<>(samples(examples)),
                    parameters(), factory()));
        } catch (IOException e) {
            throw new UncheckedIOException("training the document-type model failed", e);
        }
    }

    /** Accuracy of k-fold cross-validation over the examples (OpenNLP's partitioner: deterministic). */
    static double crossValidate(List<Example> examples, int folds) throws IOException {
        DoccatCrossValidator cv = new DoccatCrossValidator("vi", parameters(), factory());
        cv.evaluate(new CollectionObjectStream<>(samples(examples)), folds);
        return cv.getDocumentAccuracy();
    }

    /** Lower-case words without tone marks (so either placement reads alike), then the cue pseudo-words. */
    static String[] tokens(SourceText doc, Cues cues) {
        List<String> out = new ArrayList<>();
        String text = doc.text();
        int end = Math.min(text.length(), OPENING_CHARS);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= end && out.size() < WORDS; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '/') {
                word.append(toneless(Character.toLowerCase(c)));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        out.addAll(cues.features());
        return out.toArray(String[]::new);
    }

    /** The letter without its tone mark ({@code ệ} → {@code ê}), from a table built once. */
    private static char toneless(char c) {
        return c < TONELESS.length ? TONELESS[c] : c;
    }

    private static final char[] TONELESS = new char[0x1F00];

    static {
        for (char c = 0; c < TONELESS.length; c++) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder();
            for (int k = 0; k < d.length(); k++) {
                if (TONE_MARKS.indexOf(d.charAt(k)) < 0) {
                    kept.append(d.charAt(k));
                }
            }
            String back = java.text.Normalizer.normalize(kept, java.text.Normalizer.Form.NFC);
            TONELESS[c] = back.length() == 1 ? back.charAt(0) : c;
        }
    }

    private static List<DocumentSample> samples(List<Example> examples) {
        Normalizer normalizer = Normalizer.create(TonePlacement.CLASSIC);
        CueScanner scanner = new CueScanner(Lexicon.named("document-kinds"));
        List<DocumentSample> out = new ArrayList<>();
        for (Example e : examples) {
            SourceText doc = normalizer.normalize(e.text().replace(" | ", "\n"));
            out.add(new DocumentSample(e.type().name(), tokens(doc, scanner.scan(doc))));
        }
        return out;
    }

    private static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    private static DoccatFactory factory() throws IOException {
        return new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
    }

    /** One labelled example: a type and the opening of a document of that type (header lines joined by " | "). */
    record Example(DocType type, String text) {
    }

    /** Reads {@link #EXAMPLES}: {@code TYPE<TAB>text} lines, {@code #} comments. */
    static final class Examples {
        private Examples() {
        }

        static List<Example> load() {
            List<Example> out = new ArrayList<>();
            for (Lexicon.Entry e : Lexicon.resource(EXAMPLES).entries()) {
                if (e.field(0) == null) {
                    throw new IllegalStateException(EXAMPLES + " line " + e.line() + ": no tab");
                }
                out.add(new Example(DocType.valueOf(e.term()), e.field(0)));
            }
            return out;
        }
    }
}
