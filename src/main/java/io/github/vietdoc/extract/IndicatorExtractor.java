package io.github.vietdoc.extract;

import io.github.vietdoc.model.Indicator;
import java.util.List;

/** Finds numeric indicators: quantities with a unit or a counted noun. Placeholder: finds none yet. */
public final class IndicatorExtractor {
    public List<Indicator> extract(ExtractionContext ctx) {
        return List.of();
    }
}
