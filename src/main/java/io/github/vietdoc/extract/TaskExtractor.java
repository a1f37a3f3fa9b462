package io.github.vietdoc.extract;

/** Finds numbered tasks and conclusion directives. Placeholder: finds none yet. */
public final class TaskExtractor {
    public TaskList extract(ExtractionContext ctx) {
        return TaskList.EMPTY;
    }
}
