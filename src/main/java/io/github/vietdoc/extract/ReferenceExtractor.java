package io.github.vietdoc.extract;

import io.github.vietdoc.model.Reference;
import java.util.List;

/** Finds the other documents a text cites. Placeholder: finds none yet. */
public final class ReferenceExtractor {
    public List<Reference> extract(ExtractionContext ctx) {
        return List.of();
    }
}
