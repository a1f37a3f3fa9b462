package io.github.vietdoc.text;

/** A view of the raw text together with the alignment that maps it back. */
record AlignedText(String text, Alignment alignment) {

    static AlignedText of(String raw) {
        return new AlignedText(raw, Alignment.identity(raw.length()));
    }

    /** Starts a rewrite of this view; untouched stretches are copied with {@link Rewriter#copy}. */
    Rewriter rewrite() {
        return new Rewriter(this);
    }
}
