package io.github.vietdoc.extract;

import io.github.vietdoc.model.Letter;

/** Finds the persons a document names, with their titles and roles. Placeholder: finds none yet. */
public final class PeopleExtractor {
    /** {@code byline} names are authors, not people; {@code letter} (or null) gives the signer. */
    public PeopleResult extract(ExtractionContext ctx, Byline byline, Letter letter) {
        return PeopleResult.EMPTY;
    }
}
