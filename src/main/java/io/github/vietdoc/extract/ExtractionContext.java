package io.github.vietdoc.extract;

import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every extractor of one document shares: the read-only text, its detected type, the reference
 * date for years the text leaves out (given by the caller or read from the document, never the clock),
 * and a sink for warnings. One per document; not shared between threads.
 */
public final class ExtractionContext {
    private final SourceText doc;
    private final DocType type;
    private final LocalDate referenceDate;
    private final String published;
    private final List<String> warnings = new ArrayList<>();

    public ExtractionContext(SourceText doc, DocType type, LocalDate referenceDate) {
        this(doc, type, referenceDate, null);
    }

    /** {@code published}: the page's publication stamp, ISO and possibly partial ({@code 2021-06}), or null. */
    public ExtractionContext(SourceText doc, DocType type, LocalDate referenceDate, String published) {
        this.doc = doc;
        this.type = type;
        this.referenceDate = referenceDate;
        this.published = published;
    }

    /** The page's publication stamp as ISO ({@code 2020-05-05T09:00}, {@code 2021-06}), or null. */
    public String published() {
        return published;
    }

    public SourceText doc() {
        return doc;
    }

    public DocType type() {
        return type;
    }

    /** The date the caller says the documents speak from, or null (then the text's own dates decide). */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
