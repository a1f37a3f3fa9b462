package io.github.vietdoc.extract;

import io.github.vietdoc.model.Role;
import io.github.vietdoc.text.TextRange;

/**
 * One mention of a person in the view: which entry of {@link PeopleResult#people()} it is, where
 * (the name, or the name with its titles), and what the person does there (null when nothing).
 */
public record PersonMention(int person, TextRange range, Role role) {
}
