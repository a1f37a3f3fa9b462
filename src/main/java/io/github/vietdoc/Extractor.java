package io.github.vietdoc;

import io.github.vietdoc.classify.Classification;
import io.github.vietdoc.classify.DocTypeClassifier;
import io.github.vietdoc.extract.Byline;
import io.github.vietdoc.extract.BylineExtractor;
import io.github.vietdoc.extract.ExtractionContext;
import io.github.vietdoc.extract.IndicatorExtractor;
import io.github.vietdoc.extract.LetterExtractor;
import io.github.vietdoc.extract.MeetingExtractor;
import io.github.vietdoc.extract.PeopleExtractor;
import io.github.vietdoc.extract.PeopleResult;
import io.github.vietdoc.model.Meeting;
import io.github.vietdoc.extract.ReferenceExtractor;
import io.github.vietdoc.extract.TaskExtractor;
import io.github.vietdoc.extract.TaskList;
import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.Reference;
import io.github.vietdoc.extract.PageHeader;
import io.github.vietdoc.extract.PageHeaderExtractor;
import io.github.vietdoc.model.Document;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextDecoder;
import io.github.vietdoc.text.TonePlacement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one document into a {@link Document}: normalize → classify → extract → assemble. Immutable and
 * thread-safe; build one with {@link VietDoc#extractor()} and reuse it. Bad input never throws: it gives
 * a document with an {@code error}, or warnings.
 */
public final class Extractor {
    /** Default limit on the input size: larger inputs are refused rather than risking memory and time. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;

    private final Normalizer normalizer;
    private final DocTypeClassifier classifier = new DocTypeClassifier();
    private final PageHeaderExtractor pageHeader = new PageHeaderExtractor();
    private final BylineExtractor byline = new BylineExtractor();
    private final ReferenceExtractor references = new ReferenceExtractor();
    private final TaskExtractor tasks = new TaskExtractor();
    private final LetterExtractor letter = new LetterExtractor();
    private final PeopleExtractor people = new PeopleExtractor();
    private final MeetingExtractor meetings = new MeetingExtractor();
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final Set<Feature> features;
    private final LocalDate referenceDate;
    private final int maxChars;

    private Extractor(Builder b) {
        this.normalizer = Normalizer.create(b.placement);
        this.features = b.features.isEmpty() ? Set.of() : Set.copyOf(b.features);
        this.referenceDate = b.referenceDate;
        this.maxChars = b.maxChars;
    }

    /** Extracts from a text with no name: the source is {@code "-"}. */
    public Document extract(String text) {
        return extract("-", text);
    }

    /** Extracts from {@code text}; {@code source} is echoed as the document's source. */
    public Document extract(String source, String text) {
        Objects.requireNonNull(source, "source");
        if (text == null || text.isBlank()) {
            return Document.failed(source, "empty input: no text to extract");
        }
        if (text.length() > maxChars) {
            return Document.failed(source, "input too large: " + text.length() + " characters, the limit is " + maxChars);
        }
        return run(source, text, List.of());
    }

    /**
     * Extracts from bytes of unknown encoding: UTF-8, UTF-16 with a byte-order mark, Windows-1258 and the
     * legacy TCVN3 and VNI font encodings are recognized; binary data gives an error document.
     */
    public Document extract(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        if (bytes == null || bytes.length == 0) {
            return Document.failed(source, "empty input: no text to extract");
        }
        if (bytes.length > 4L * maxChars) {
            return Document.failed(source, "input too large: " + bytes.length + " bytes");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.error() != null) {
            return Document.failed(source, decoded.error());
        }
        if (decoded.text().length() > maxChars) {
            return Document.failed(source, "input too large: " + decoded.text().length() + " characters, the limit is "
                    + maxChars);
        }
        return run(source, decoded.text(), decoded.warnings());
    }

    private Document run(String source, String raw, List<String> decodeWarnings) {
        try {
            SourceText doc = normalizer.normalize(raw);
            Classification c = classifier.classify(doc);
            PageHeader header = pageHeader.extract(doc, c.type());
            Byline authors = byline.extract(doc, c.type());
            ExtractionContext ctx = new ExtractionContext(doc, c.type(), referenceDate, header.published());

            TaskList taskList = features.contains(Feature.TASKS) ? tasks.extract(ctx) : TaskList.EMPTY;
            Letter block = letter.extract(ctx); // also needed for references, people and meetings
            List<Reference> refs = features.contains(Feature.REFERENCES)
                    ? references.extract(ctx, block == null ? null : block.number()) : List.of();
            boolean wantPeople = features.contains(Feature.PEOPLE) || features.contains(Feature.MEETINGS);
            PeopleResult persons = wantPeople ? people.extract(ctx, authors, block) : PeopleResult.EMPTY;
            List<Meeting> meetingList = features.contains(Feature.MEETINGS)
                    ? meetings.extract(ctx, persons, block) : List.of();
            List<String> warnings = new ArrayList<>(decodeWarnings);
            warnings.addAll(doc.warnings());
            warnings.addAll(ctx.warnings());
            return new Document(source, c.type(), c.documentKind(), round(c.confidence()), c.evidence(), header.title(),
                    header.published(), meetingList, features.contains(Feature.PEOPLE) ? persons.people() : List.of(),
                    features.contains(Feature.INDICATORS) ? indicators.extract(ctx) : List.of(),
                    taskList.numbered(), taskList.directives(),
                    refs, features.contains(Feature.LETTER) ? block : null, authors.authors(), warnings, null);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not stop a batch: report it as this document's error
            return Document.failed(source, "internal error: " + e);
        }
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    public Set<Feature> features() {
        return features;
    }

    /** Options for an {@link Extractor}. Not thread-safe; the extractor it builds is. */
    public static final class Builder {
        private TonePlacement placement = TonePlacement.CLASSIC;
        private final EnumSet<Feature> features = EnumSet.allOf(Feature.class);
        private LocalDate referenceDate;
        private int maxChars = DEFAULT_MAX_CHARS;

        Builder() {
        }

        /** Tone-mark placement of normalized values: {@link TonePlacement#CLASSIC} ({@code ủy}) by default. */
        public Builder tonePlacement(TonePlacement placement) {
            this.placement = Objects.requireNonNull(placement);
            return this;
        }

        /** Runs only these extractors. */
        public Builder features(Set<Feature> only) {
            features.clear();
            features.addAll(only);
            return this;
        }

        /** The date the documents speak from, for years they leave out; default: read from each document. */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /** Inputs longer than this many characters are refused with an error document. */
        public Builder maxChars(int maxChars) {
            if (maxChars <= 0) {
                throw new IllegalArgumentException("maxChars must be positive");
            }
            this.maxChars = maxChars;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
