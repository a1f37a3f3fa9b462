package io.github.vietdoc.classify;

import io.github.vietdoc.model.DocType;
import java.util.List;

/**
 * The detector's verdict: the type, how sure it is (0..1), the kind as the document names it
 * ({@code Kết luận}, {@code Công văn}) and the cues that decided.
 */
public record Classification(DocType type, double confidence, String documentKind, List<String> evidence) {
    public Classification {
        evidence = List.copyOf(evidence);
    }
}
