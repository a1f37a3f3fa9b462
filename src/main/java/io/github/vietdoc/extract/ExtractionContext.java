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
    private final List<String> warnings = new ArrayList<>();

    public ExtractionContext(SourceText doc, DocType type, LocalDate referenceDate) {
        this.doc = doc;
        this.type = type;
        this.referenceDate = referenceDate;
    }

    public SourceText doc() {
        return doc;
    }

    public DocType type() {
        return type;
    }

    /** The date the document speaks from, or null when neither the caller nor the text fixes it. */
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
