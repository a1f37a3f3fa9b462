package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one input document (OUTPUT.md). Lists are never null; absent values are
 * null. A document that could not be processed has only {@code source} and {@code error}.
 *
 * <p>{@code typeEvidence} (an addition to the contract) lists the cues that decided the type.
 * {@code tasks} are the numbered items of a directive list; {@code directives} (an addition to the
 * contract) are the unnumbered ones a news item reports from a conclusion, numbered in order.
 */
@JsonPropertyOrder({"source", "type", "documentKind", "typeConfidence", "typeEvidence", "title", "published", "meetings", "people",
        "indicators", "tasks", "directives", "references", "letter", "authors", "warnings", "error"})
public record Document(String source, DocType type, String documentKind, Double typeConfidence,
                       List<String> typeEvidence, String title,
                       String published, List<Meeting> meetings, List<Person> people, List<Indicator> indicators,
                       List<Task> tasks, List<Task> directives, List<Reference> references, Letter letter, List<String> authors,
                       List<String> warnings, String error) {

    public Document {
        Objects.requireNonNull(source, "source");
        if (error == null) {
            typeEvidence = List.copyOf(typeEvidence);
            meetings = List.copyOf(meetings);
            people = List.copyOf(people);
            indicators = List.copyOf(indicators);
            tasks = List.copyOf(tasks);
            directives = List.copyOf(directives);
            references = List.copyOf(references);
            authors = List.copyOf(authors);
            warnings = List.copyOf(warnings);
        }
    }

    /** A document that could not be processed at all: {@code {"source": …, "error": …}}. */
    public static Document failed(String source, String error) {
        return new Document(source, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Objects.requireNonNull(error, "error"));
    }

    @JsonIgnore
    public boolean isFailed() {
        return error != null;
    }
}
