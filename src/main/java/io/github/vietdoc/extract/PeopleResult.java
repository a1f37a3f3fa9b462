package io.github.vietdoc.extract;

import io.github.vietdoc.model.Person;
import java.util.List;

/** The distinct persons of a document and every mention of them, in text order. */
public record PeopleResult(List<Person> people, List<PersonMention> mentions) {
    public static final PeopleResult EMPTY = new PeopleResult(List.of(), List.of());

    public PeopleResult {
        people = List.copyOf(people);
        mentions = List.copyOf(mentions);
    }
}
