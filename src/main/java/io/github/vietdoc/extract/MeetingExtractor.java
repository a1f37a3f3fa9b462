package io.github.vietdoc.extract;

import io.github.vietdoc.model.Letter;
import io.github.vietdoc.model.Meeting;
import java.util.List;

/** Finds the meetings a document reports. Placeholder: finds none yet. */
public final class MeetingExtractor {
    /** {@code people} gives chairs and attendees; {@code letter} (or null) gives the document's own date. */
    public List<Meeting> extract(ExtractionContext ctx, PeopleResult people, Letter letter) {
        return List.of();
    }
}
