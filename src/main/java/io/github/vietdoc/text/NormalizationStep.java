package io.github.vietdoc.text;

import java.util.List;

/**
 * One rewrite of the text view. A step returns its input unchanged when it has nothing to do, and
 * otherwise builds the next view with a {@link Rewriter} so that every offset still maps to raw text.
 * Steps are immutable and thread-safe; what they notice for the reader goes into {@code warnings}.
 */
interface NormalizationStep {
    AlignedText apply(AlignedText in, List<String> warnings);
}
